using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Init;

/// <summary>A candidate quantity: its words (comparator, number, unit, printed alternative) and what they say.</summary>
internal sealed record QuantityCandidate(int Start, int End, string Value, string Unit, string? Comparator, string? AltValue, string? AltUnit, string Words);

/// <summary>
/// Finds numbers with a unit in the body: digits (<c>1,000</c>, <c>12.4</c>, <c>38%</c>) or English number
/// words (<c>one million</c>, <c>twenty-one</c>), the unit word after them (a UCUM unit where one is known,
/// else a count annotation such as <c>{container}</c>), a comparator before them (<c>more than</c>,
/// <c>around</c>, <c>at least</c>, <c>nearly</c>) and a printed alternative in parentheses. The value is
/// what the generator reads in those words (<see cref="FactsText.Numbers"/>), so AF3004 agrees.
/// </summary>
internal static partial class QuantityGuesser
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "million", "billion", "trillion", "dozen",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kilometers"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometre"] = "km", ["km"] = "km",
        ["miles"] = "[mi_i]", ["mile"] = "[mi_i]", ["meters"] = "m", ["metres"] = "m", ["meter"] = "m", ["metre"] = "m",
        ["feet"] = "[ft_i]", ["foot"] = "[ft_i]", ["kilograms"] = "kg", ["kilogram"] = "kg", ["kg"] = "kg",
        ["tonnes"] = "t", ["tonne"] = "t", ["tons"] = "t", ["ton"] = "t", ["pounds"] = "[lb_av]",
        ["percent"] = "%", ["years"] = "a", ["year"] = "a", ["months"] = "mo", ["month"] = "mo", ["weeks"] = "wk", ["week"] = "wk",
        ["days"] = "d", ["day"] = "d", ["hours"] = "h", ["hour"] = "h", ["minutes"] = "min",
    };

    private static readonly string[] Comparators =
    {
        "more than:more_than", "over:more_than", "above:more_than", "less than:less_than", "fewer than:less_than", "under:less_than",
        "below:less_than", "at least:at_least", "at most:at_most", "up to:at_most", "around:approx", "about:approx", "approximately:approx",
        "roughly:approx", "nearly:approx", "almost:approx", "some:approx", "an estimated:approx",
    };

    private static readonly HashSet<string> NotUnits = new(StringComparer.Ordinal)
    {
        "of", "to", "the", "and", "or", "in", "on", "at", "by", "from", "for", "with", "a", "an", "was", "were", "is", "are", "has", "have",
        "had", "that", "than", "who", "which", "as", "per", "times", "its", "their", "his", "her", "more", "other", "others", "people's",
    };

    public static List<QuantityCandidate> Find(ArticleBody body, IReadOnlyList<(int Start, int End)> taken)
    {
        var words = body.Words;
        var found = new List<QuantityCandidate>();
        for (var i = 0; i < words.Count; i++)
        {
            if (taken.Any(t => words[i].Start < t.End && t.Start < words[i].End) || (found.Count > 0 && words[i].Start < found[^1].End) || !IsNumber(words, i, out var last))
            {
                continue;
            }

            var numberEnd = words[last].End;
            var numbers = FactsText.Numbers(body.Text[words[i].Start..numberEnd]);
            if (numbers.Count != 1 || Unit(body, words, last) is not { } unit)
            {
                i = last;
                continue;
            }

            var start = ComparatorStart(body, words[i].Start, out var comparator);
            var end = unit.End;
            string? altValue = null;
            string? altUnit = null;
            if (Alt().Match(body.Text, end) is { Success: true } alt && end + alt.Length <= body.End && Units.TryGetValue(alt.Groups["unit"].Value, out var code)
                && FactsText.Numbers(alt.Groups["value"].Value) is { Count: 1 } altNumbers && unit.Code is "km" or "m" or "[mi_i]" or "[ft_i]" or "kg" or "t" or "[lb_av]")
            {
                (altValue, altUnit, end) = (Decimal(altNumbers[0]), code, end + alt.Length);
            }

            found.Add(new QuantityCandidate(start, end, Decimal(numbers[0]), unit.Code, comparator, altValue, altUnit, body.Text[words[i].Start..unit.End]));
            i = last;
        }

        return found;
    }

    /// <summary>A decimal without trailing zeros or separators: 1500000, 12.4.</summary>
    private static string Decimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>Whether a number starts at word <paramref name="i"/>; <paramref name="last"/> is its last word (number words and their joins).</summary>
    private static bool IsNumber(List<Word> words, int i, out int last)
    {
        last = i;
        var first = words[i].Text;
        var isDigits = char.IsDigit(first[0]);
        if (!isDigits && !(NumberWords.Contains(first) && first is not "hundred" and not "thousand" and not "million" and not "billion" and not "trillion" and not "dozen"))
        {
            return false;
        }

        while (last + 1 < words.Count && (NumberWords.Contains(words[last + 1].Text) && (!isDigits || IsScale(words[last + 1].Text))
            || (words[last + 1].Text == "and" && last + 2 < words.Count && NumberWords.Contains(words[last + 2].Text) && !isDigits)))
        {
            last += words[last + 1].Text == "and" ? 2 : 1;
        }

        return true;
    }

    private static bool IsScale(string word) => word is "hundred" or "thousand" or "million" or "billion" or "trillion";

    private sealed record UnitWords(string Code, int End);

    /// <summary>The unit right after the number: % or a known unit word, else a count noun (two lower-case words when the first is not plural).</summary>
    private static UnitWords? Unit(ArticleBody body, List<Word> words, int last)
    {
        var after = words[last].End;
        if (after < body.End && body.Text[after] == '%')
        {
            return new UnitWords("%", after + 1);
        }

        if (last + 1 >= words.Count || body.Text[after..words[last + 1].Start] is not " " and not "-")
        {
            return null;
        }

        var noun = words[last + 1];
        if (Units.TryGetValue(noun.Text, out var code))
        {
            return new UnitWords(code, noun.End);
        }

        if (!noun.Text.All(char.IsLower) || NotUnits.Contains(noun.Text))
        {
            return null;
        }

        if (!noun.Text.EndsWith('s') && last + 2 < words.Count && body.Text[noun.End..words[last + 2].Start] == " "
            && words[last + 2].Text is { Length: > 3 } second && second.EndsWith('s') && second.All(char.IsLower) && !NotUnits.Contains(second))
        {
            return new UnitWords("{" + noun.Text + "_" + Singular(second) + "}", words[last + 2].End);
        }

        return new UnitWords("{" + Singular(noun.Text) + "}", noun.End);
    }

    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.EndsWith("sses", StringComparison.Ordinal) ? noun[..^2]
        : noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1]
        : noun;

    /// <summary>Where the comparator before the number starts (or the number itself), and the comparator.</summary>
    private static int ComparatorStart(ArticleBody body, int numberStart, out string? comparator)
    {
        foreach (var entry in Comparators)
        {
            var (words, value) = (entry[..entry.IndexOf(':', StringComparison.Ordinal)], entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            var start = numberStart - words.Length - 1;
            if (start >= body.Start && string.CompareOrdinal(body.Text, start, words + " ", 0, words.Length + 1) == 0
                && (start == 0 || !char.IsLetter(body.Text[start - 1])))
            {
                comparator = value;
                return start;
            }
        }

        comparator = null;
        return numberStart;
    }

    [GeneratedRegex(@"\G \((?<value>[0-9][0-9,.]*) (?<unit>[a-z]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Alt();
}
