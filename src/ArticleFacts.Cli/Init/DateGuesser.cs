using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Init;

/// <summary>A candidate date: its words, a value or a range, a modifier, and the rule that derives it (null when no rule does).</summary>
internal sealed record DateCandidate(int Start, int End, string? Value, string? RangeStart, string? RangeEnd, string? Mod, string? Rule, string? Note);

/// <summary>
/// Finds date expressions in the body (month names, weekdays, <c>last year</c>, <c>this week</c>,
/// <c>earlier this month</c>, years) and reads them against the publication date. Where a rule of the
/// format applies, the value is what the generator's own rule gives (<see cref="FactsText.DeriveDate"/>),
/// so the build's AF3002 check agrees.
/// </summary>
internal static partial class DateGuesser
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string Modifier = @"(?:(?<mod>[Ee]arly|[Ee]arlier|[Mm]id|[Ll]ate|[Ll]ater)[ -](?:in )?)?";

    private static readonly (Regex Pattern, Func<Match, DateTime, DateCandidate?> Read)[] Patterns =
    {
        (new Regex(@"\b(?<month>" + Months + @") (?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?: ?(?:to|-|\u2013|and) ?(?<day2>[0-9]{1,2}))?(?:, (?<year>[0-9]{4}))?\b"), MonthDay),
        (new Regex(@"\b" + Modifier + @"(?<month>" + Months + @") (?<year>[0-9]{4})\b"), (m, p) => Fixed(m, Year(m) + "-" + Two(Month(m)))),
        (new Regex(@"\b" + Modifier + @"(?<month>" + Months + @") last year\b"), (m, p) => Ruled(m, "month_of_last_year", p)),
        (new Regex(@"\b" + Modifier + @"(?<month>" + Months + @")\b"), (m, p) => Ruled(m, Month(m) == p.Month ? "this_month" : "last_past_month", p)),
        (new Regex(@"\b" + Modifier + @"last year\b"), (m, p) => Ruled(m, "last_year", p)),
        (new Regex(@"\b" + Modifier + @"this year\b"), (m, p) => Ruled(m, "this_year", p)),
        (new Regex(@"\b" + Modifier + @"this month\b"), (m, p) => Ruled(m, "this_month", p)),
        (new Regex(@"\b(?:(?:this )?coming|next) week\b"), (m, p) => Ruled(m, "next_week", p)),
        (new Regex(@"\bthis week\b"), (m, p) => Fixed(m, Week(p))),
        (new Regex(@"\blast week\b"), (m, p) => Fixed(m, Week(p.AddDays(-7)))),
        (new Regex(@"\blast month\b"), (m, p) => Fixed(m, p.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture))),
        (new Regex(@"\bnext month\b"), (m, p) => Fixed(m, p.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture))),
        (new Regex(@"\b(?<weekday>" + Weekdays + @")\b"), Weekday),
        (new Regex(@"\b[Tt]oday\b"), (m, p) => Ruled(m, "dct", p)),
        (new Regex(@"\b[Yy]esterday\b"), (m, p) => Fixed(m, Day(p.AddDays(-1)))),
        (new Regex(@"\b[Tt]omorrow\b"), (m, p) => Fixed(m, Day(p.AddDays(1)))),
        (new Regex(@"(?<![0-9,.])(?<year>(?:19|20)[0-9]{2})(?![0-9%]|[,.][0-9])"), (m, p) => Year(m) == p.Year ? Ruled(m, "this_year", p) : Fixed(m, Year(m).ToString(CultureInfo.InvariantCulture))),
    };

    /// <summary>Date candidates of the body, longest first where they overlap, in text order.</summary>
    public static List<DateCandidate> Find(ArticleBody body, DateTime published)
    {
        var found = new List<DateCandidate>();
        var slice = body.Text[body.Start..body.End];
        foreach (var (pattern, read) in Patterns)
        {
            foreach (Match match in pattern.Matches(slice))
            {
                var start = body.Start + match.Index;
                var end = start + match.Length;
                if (found.Any(f => f.Start < end && start < f.End) || read(match, published) is not { } candidate)
                {
                    continue;
                }

                found.Add(candidate with { Start = start, End = end });
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>The rule's value for the matched words, or no candidate when the rule yields none there.</summary>
    private static DateCandidate? Ruled(Match match, string rule, DateTime published) =>
        FactsText.DeriveDate(rule, published, match.Value) is { } value ? new DateCandidate(0, 0, value, null, null, Mod(match), rule, null) : null;

    private static DateCandidate Fixed(Match match, string value, string? note = null) => new(0, 0, value, null, null, Mod(match), null, note);

    private static DateCandidate? MonthDay(Match match, DateTime published)
    {
        var month = Month(match);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? Year(match) : (int?)null;
        var derived = year is null ? FactsText.DeriveDate("next_month_day", published, match.Value) : null;
        string? rule = null;
        string? note = null;
        DateTime first;
        if (derived is not null && DateTime.ParseExact(derived, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var next && next <= published.AddDays(183))
        {
            (first, rule) = (next, "next_month_day");
        }
        else if (year is null)
        {
            // Not ahead of the publication date: most likely this year's or last year's, which no rule derives.
            var guess = new DateTime(published.Year, month, Math.Min(day, DateTime.DaysInMonth(published.Year, month)));
            first = guess > published ? guess.AddYears(-1) : guess;
            note = "TODO: check the year (no rule derives a past day)";
        }
        else
        {
            first = new DateTime(year.Value, month, Math.Min(day, DateTime.DaysInMonth(year.Value, month)));
        }

        if (first.Day != day)
        {
            return null;
        }

        if (!match.Groups["day2"].Success)
        {
            return new DateCandidate(0, 0, Day(first), null, null, null, rule, note);
        }

        var lastDay = int.Parse(match.Groups["day2"].Value, CultureInfo.InvariantCulture);
        return lastDay < day || lastDay > DateTime.DaysInMonth(first.Year, first.Month)
            ? null
            : new DateCandidate(0, 0, null, Day(first), Day(new DateTime(first.Year, first.Month, lastDay)), null, rule, note);
    }

    /// <summary>The publication day itself when it is that weekday (reported Sunday), else the latest such day before it.</summary>
    private static DateCandidate? Weekday(Match match, DateTime published) =>
        Ruled(match, Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value) == published.DayOfWeek ? "dct" : "past_weekday", published);

    private static string? Mod(Match match) => match.Groups["mod"].Value.ToLowerInvariant() switch
    {
        "early" or "earlier" => "start",
        "mid" => "mid",
        "late" or "later" => "end",
        _ => null,
    };

    private static int Month(Match match)
    {
        var name = match.Groups["month"].Value;
        return Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => m.Length > 0 && m.StartsWith(name[..3], StringComparison.Ordinal)) + 1;
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private static string Two(int n) => n.ToString("D2", CultureInfo.InvariantCulture);

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Week(DateTime date) => ISOWeek.GetYear(date).ToString(CultureInfo.InvariantCulture) + "-W" + Two(ISOWeek.GetWeekOfYear(date));
}
