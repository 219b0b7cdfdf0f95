using System.Text.RegularExpressions;

namespace ArticleFacts.Generators.Parsing;

/// <summary>The textual forms values of the format must take.</summary>
internal static class ValueForms
{
    public static readonly string[] EntityTypes = { "person", "organization", "country", "place", "group" };
    public static readonly string[] Stances = { "asserted", "reported", "alleged", "denied" };
    public static readonly string[] QuoteKinds = { "direct", "partial" };
    public static readonly string[] Comparators = { "exact", "approx", "more_than", "less_than", "at_least", "at_most" };
    public static readonly string[] Tenses = { "past", "ongoing", "future" };
    public static readonly string[] DateMods = { "start", "mid", "end", "approx" };
    public static readonly string[] DateRules = { "dct", "this_month", "this_year", "last_year", "next_week", "month_of_last_year", "last_past_month", "next_month_day", "past_weekday" };
    public static readonly string[] Booleans = { "true", "false" };

    public const string IdExpected = "an id: a lower-case letter, then lower-case letters, digits or '_' (^[a-z][a-z0-9_]*$)";
    public const string SnakeExpected = "snake_case: lower-case letters, digits and '_' (official_visit)";
    public const string DecimalExpected = "a decimal number without separators (-?[0-9]+(.[0-9]+)?), e.g. 1000000 or 12.4, within the range of System.Decimal (about 7.9e28)";
    public const string IsoDateExpected = "an ISO date of the form YYYY-MM-DD";
    public const string PartialDateExpected = "an ISO date of one of the forms YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www";
    public const string LanguageExpected = "a BCP 47 language tag (en, en-GB, zh-Hant-TW)";
    public const string UrlExpected = "an absolute http or https address";
    public const string UnitExpected = "a UCUM unit code (km, [mi_i], kg, t, a, %, {container}, m/s, km2)";

    // Every form ends in \z, not $: '$' also matches before a final newline, and "12\n" is no decimal literal.
    private static readonly Regex Snake = new("^[a-z][a-z0-9]*(_[a-z0-9]+)*\\z", RegexOptions.CultureInvariant);
    private static readonly Regex Decimal = new("^-?[0-9]+(\\.[0-9]+)?\\z", RegexOptions.CultureInvariant);
    private static readonly Regex Language = new("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\\z", RegexOptions.CultureInvariant);
    private static readonly Regex Url = new("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/$.?#][^\\s]*\\z", RegexOptions.CultureInvariant);

    // UCUM syntax (not semantics): terms joined by '.' or '/', each a symbol with an optional exponent,
    // a bracketed atom ([mi_i]), a number, or an annotation ({container}); '%' stands alone or as a symbol.
    private static readonly Regex Ucum = new(
        "^/?(?:" + Component + ")(?:[./](?:" + Component + "))*\\z",
        RegexOptions.CultureInvariant);

    private const string Annotation = "\\{[\\x21-\\x7A\\x7C\\x7E]*\\}";
    private const string Symbol = "(?:[A-Za-z%'\\u00B5]+|\\[[\\x21-\\x5A\\x5C\\x5E-\\x7E]+\\])+(?:[+-]?[0-9]+)?";
    private const string Component = "(?:(?:" + Symbol + ")(?:" + Annotation + ")?|" + Annotation + "|[0-9]+|\\((?:[^()]+)\\))";

    /// <summary>Whether <paramref name="text"/> matches <c>^[a-z][a-z0-9_]*$</c>; a loop, as every id and reference is checked.</summary>
    public static bool IsId(string text)
    {
        if (text.Length == 0 || text[0] is < 'a' or > 'z')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSnakeCase(string text) => Snake.IsMatch(text);

    /// <summary>The decimal form, and a value System.Decimal holds: a larger one would be emitted as a literal the compiler rejects (CS0594).</summary>
    public static bool IsDecimal(string text) =>
        Decimal.IsMatch(text) && decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);

    public static bool IsLanguage(string text) => Language.IsMatch(text);

    public static bool IsUrl(string text) => Url.IsMatch(text);

    public static bool IsUcum(string text) => text.Length <= 100 && Ucum.IsMatch(text);
}
