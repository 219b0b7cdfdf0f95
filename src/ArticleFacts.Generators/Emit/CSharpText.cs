using System;
using System.Globalization;
using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>Turns text into C# string literals and XML doc text that round-trip exactly and compile cleanly.</summary>
internal static class CSharpText
{
    public static string Literal(string? value) => value is null ? "null" : Escaped(value, "\"", LiteralEscape);

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

    /// <summary>
    /// Appends <paramref name="value"/>'s characters as they stand inside a C# string literal (no quotes), straight into
    /// <paramref name="builder"/>: a long literal (the article text, the facts' data) is never copied whole on the way.
    /// </summary>
    public static void AppendLiteralContent(StringBuilder builder, string value) => AppendEscaped(builder, value, LiteralEscape);

    /// <summary>Text for an XML doc comment: markup escaped, characters XML cannot hold replaced.</summary>
    public static string Xml(string value) => Escaped(value, string.Empty, XmlEscape);

    /// <summary>
    /// <paramref name="value"/> between two <paramref name="quote"/>s, every character that <paramref name="escape"/>
    /// replaces replaced. Most values (ids, names, statements) need no escape at all, and are then used as they are.
    /// </summary>
    private static string Escaped(string value, string quote, Func<string, int, string?> escape)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (escape(value, i) is not null)
            {
                var builder = new StringBuilder(value.Length + (value.Length / 8) + 16).Append(quote);
                return AppendEscaped(builder, value, escape).Append(quote).ToString();
            }
        }

        return quote + value + quote;
    }

    /// <summary>
    /// Appends <paramref name="value"/> with every character that <paramref name="escape"/> replaces replaced. The
    /// characters between two escapes are appended as one run: a long value (the article's data, its text) with an escape
    /// near its start would otherwise be copied a character at a time.
    /// </summary>
    private static StringBuilder AppendEscaped(StringBuilder builder, string value, Func<string, int, string?> escape)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (escape(value, i) is { } replacement)
            {
                builder.Append(value, run, i - run).Append(replacement);
                run = i + 1;
            }
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>The escape of the character at <paramref name="i"/> in a C# string literal, or null when it stands as it is.</summary>
    private static string? LiteralEscape(string value, int i) => value[i] switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        var c when NeedsEscape(value, i) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The XML doc text for the character at <paramref name="i"/>, or null when it stands as it is.</summary>
    private static string? XmlEscape(string value, int i) => value[i] switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '\n' => " ",
        _ when NeedsEscape(value, i) => "\uFFFD",
        _ => null,
    };

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
