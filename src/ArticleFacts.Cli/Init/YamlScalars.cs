using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleFacts.Cli.Init;

/// <summary>Writes scalars of a facts file: plain where YAML reads them back unchanged, else double-quoted.</summary>
internal static partial class YamlScalars
{
    /// <summary><paramref name="text"/> as a block scalar value: plain when safe, else double-quoted.</summary>
    public static string Value(string text) =>
        SafePlain().IsMatch(text) && !text.Contains(": ", System.StringComparison.Ordinal) && !text.Contains(" #", System.StringComparison.Ordinal) && !Retyped().IsMatch(text)
            ? text
            : Quoted(text);

    /// <summary><paramref name="text"/> double-quoted, with <c>\</c>, <c>"</c> and control characters escaped.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An anchor: its exact text, or a flow mapping with the prefix and suffix that make it unique.</summary>
    public static string Anchor(AnchorText anchor)
    {
        if (anchor.Prefix is null && anchor.Suffix is null)
        {
            return Value(anchor.Exact);
        }

        var builder = new StringBuilder("{exact: ").Append(Quoted(anchor.Exact));
        if (anchor.Prefix is not null)
        {
            builder.Append(", prefix: ").Append(Quoted(anchor.Prefix));
        }

        if (anchor.Suffix is not null)
        {
            builder.Append(", suffix: ").Append(Quoted(anchor.Suffix));
        }

        return builder.Append('}').ToString();
    }

    // Words other YAML readers (an editor's schema check) would read as null or a boolean.
    [GeneratedRegex("^(null|true|false|yes|no|on|off|y|n)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Retyped();

    // Letters first (no indicator, no number or date YAML 1.1 could retype for other tools), no edge spaces.
    [GeneratedRegex(@"^\p{L}[\p{L}\p{M}\p{N} _.,;()'\u2019/%-]*(?<![ :])$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
