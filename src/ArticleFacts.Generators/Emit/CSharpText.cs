using System.Globalization;
using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>Turns text into C# string literals and XML doc text that round-trip exactly and compile cleanly.</summary>
internal static class CSharpText
{
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        if (IndexOfLiteralEscape(value) < 0)
        {
            return "\"" + value + "\"";
        }

        var builder = new StringBuilder(value.Length + 16);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// The text as a UTF-8 literal (<c>"..."u8</c>, C# 11), or null when it has no UTF-8 form (an unpaired surrogate).
    /// Such data lives in the assembly's blob of field data, not in the user-string heap that all string literals of
    /// an assembly share and that holds at most 16 MB (CS8103).
    /// </summary>
    public static string? Utf8Literal(string value) => HasUtf8Form(value) ? Literal(value) + "u8" : null;

    /// <summary>Whether <paramref name="value"/> can be written as UTF-8: it holds no unpaired surrogate.</summary>
    public static bool HasUtf8Form(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && NeedsEscape(value, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text for an XML doc comment: markup escaped, characters XML cannot hold replaced.</summary>
    public static string Xml(string value)
    {
        if (IndexOfXmlEscape(value) < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n': builder.Append(' '); break;
                default:
                    builder.Append(NeedsEscape(value, i) ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A decimal literal (<c>1000000m</c>) from the format's decimal text.</summary>
    /// <summary>A decimal literal that keeps the scale written (<c>12.50m</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "m";

    // The fast paths: most values (ids, names, statements) need no escape at all, and are then used as they are.
    private static int IndexOfLiteralEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '"' or '\\' || NeedsEscape(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOfXmlEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '&' or '<' or '>' or '\n' || NeedsEscape(value, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        }

        // Line separators end a C# line; bidirectional controls can disguise code (CVE-2021-42574).
        return c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\uFEFF' or '\uFFFE' or '\uFFFF'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
