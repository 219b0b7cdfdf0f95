using System.Linq;
using CsCheck;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>
/// Strings for the scalars of generated facts files: what breaks emitters (quotes, backslashes, <c>*/</c>,
/// <c>"""</c>, <c>&lt;/summary&gt;</c>, <c>&amp;</c>, braces, newlines, NUL, bidirectional controls, emoji, C#
/// keywords, identifiers with digits and Unicode letters) mixed with ordinary words.
/// </summary>
public static class Strings
{
    /// <summary>Fragments that have broken generators: comment and string terminators, XML, YAML and format syntax.</summary>
    public static readonly string[] Specials =
    {
        "\"", "\\", "'", "*/", "/*", "//", "\"\"\"", "</summary>", "<summary>", "<c>", "]]>", "<!--", "-->", "&", "&amp;", "&#0;",
        "{", "}", "{0}", "{{", "$\"", "@\"", "\n", "\t", " ", "  ", "\0", "\\0", "\\n", "\\u0041", "#", ": ", " #", "- ", "? ", "---",
        "...", "%", "!", "*a", "&a", "|", ">", "@", "`", "\u200F", "\u202E", "\u2066", "\u200E", "\u2028", "\u2029", "\u0085",
        "\u00A0", "\uFEFF", "\uFFFE", "\U0001F600", "\U0001F1F0\U0001F1F7", "\u0301", "class", "namespace", "static", "null",
        "true", "false", "no", "yes", "~", "default", "global::", "System", "__arglist", "@class", "x1", "_9", "\u00E9t\u00E9",
        "\u0416\u0443\u043A", "\u6771\u4EAC", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "a\u0308", "\u01C5",
        "0x1F", "1e9", "-0", "NaN", "\u0007", "\u001B[31m", "\u007F", "\u0090",
    };

    /// <summary>Characters that make a string impossible in a valid file: lone surrogates (YAML cannot hold them).</summary>
    public static readonly string[] Unrepresentable = { "\uD800", "\uDC00", "\uDBFF", "x\uDFFFy" };

    private static readonly string[] Words =
    {
        "the", "minister", "said", "talks", "were", "productive", "missiles", "visit", "Pyongyang", "Moscow", "agreement",
        "officials", "reported", "on", "Monday", "about", "weapons", "a", "and", "of", "to",
    };

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    private static readonly Gen<string> Identifier =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz\u00E9\u00DF\u03B1\u0436"], Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_\u00E9\u00F8\u4E2D"].Array[0, 10], (c, rest) => c + new string(rest));

    private static readonly Gen<string> Printable = Gen.Char[' ', '~'].Select(c => c.ToString());

    private static readonly Gen<string> Bmp = Gen.Char['\u00A0', '\uD7FF'].Select(c => c.ToString());

    private static readonly Gen<string> Astral = Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (8, Word),
        (6, Gen.OneOf(Specials)),
        (3, Identifier),
        (3, Printable),
        (2, Bmp),
        (1, Astral));

    /// <summary>Hostile text YAML can hold: every string round-trips through a valid file.</summary>
    public static readonly Gen<string> Representable = Fragment.Array[1, 8].Select(parts => string.Concat(parts));

    /// <summary>Hostile text, sometimes with a lone surrogate that no valid file can hold.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (9, Representable),
        (1, Gen.Select(Representable, Gen.OneOf(Unrepresentable), (a, b) => a + b)));

    /// <summary>Plain words, for the parts of an article that must stay simple (quotation contents, triggers).</summary>
    public static readonly Gen<string> Sentence = Word.Array[1, 6].Select(parts => string.Join(" ", parts));

    /// <summary>Whether the article text can hold <paramref name="value"/> unchanged: no CR (normalised away), no U+FFFD (AF0008), no leading BOM.</summary>
    public static bool FitsArticleText(string value) => value.IndexOf('\r') < 0 && value.IndexOf('\uFFFD') < 0 && !value.StartsWith('\uFEFF');

    /// <summary><paramref name="value"/> without the characters the article text cannot hold as they are.</summary>
    public static string ForArticleText(string value)
    {
        var cleaned = new string(value.Where(c => c is not '\r' and not '\uFFFD').ToArray());
        return cleaned.Length == 0 ? "x" : cleaned;
    }
}
