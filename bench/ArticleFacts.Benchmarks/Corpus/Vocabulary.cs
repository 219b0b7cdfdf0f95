using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>The fixed words of the synthetic articles: projects, verbs, quotation templates, number words.</summary>
internal static class Vocabulary
{
    public static readonly string[] Projects = { "water plant", "rail link", "solar farm", "port terminal", "grain silo", "hospital wing", "river bridge", "gas pipeline", "wind park", "school campus", "flood barrier", "ring road" };

    /// <summary>Past tense, event type, claim predicate.</summary>
    public static readonly (string Verb, string EventType, string Predicate)[] Openings =
    {
        ("opened", "official_opening", "opened"),
        ("inaugurated", "ceremony", "inaugurated"),
        ("completed", "completion", "completed"),
        ("began building", "construction_start", "began_building"),
        ("unveiled", "official_opening", "unveiled"),
    };

    public static readonly string[] DirectQuotes =
    {
        "The {0} shows what {1} can build when it plans ahead",
        "Nobody in {1} expected the {0} to be finished so soon",
        "We will keep a close watch on the {0} and on every dollar it costs",
        "Families in {1} have waited a decade for the {0}",
        "The {0} is only the first step, and the next ones will be harder",
    };

    public static readonly string[] PartialQuotes = { "a needless setback for the {0}", "a broken promise about the {0}", "an insult to everyone who worked on the {0}" };

    public static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private static readonly string[] Ones = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    /// <summary>English words for 1 to 999 (<c>three hundred and forty-two</c>).</summary>
    public static string NumberWords(int n)
    {
        if (n is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(n));
        }

        var parts = new List<string>();
        if (n >= 100)
        {
            parts.Add(Ones[n / 100] + " hundred");
            n %= 100;
            if (n > 0)
            {
                parts.Add("and");
            }
        }

        if (n >= 20)
        {
            parts.Add(Tens[n / 10] + (n % 10 == 0 ? string.Empty : "-" + Ones[n % 10]));
        }
        else if (n > 0)
        {
            parts.Add(Ones[n]);
        }

        return string.Join(" ", parts);
    }

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoMonth(int year, int month) => year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.ToString("00", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An id from a name: lower case, words joined by '_'.</summary>
    public static string IdOf(string name) => name.ToLowerInvariant().Replace(' ', '_');
}
