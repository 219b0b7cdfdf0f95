using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Re-derives a date from the publication date and the words of its anchor, by the rules of the
/// format. Month and weekday names are matched case-sensitively as whole words, in English.
/// </summary>
internal static class DateRules
{
    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
    private static readonly string[] Weekdays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    /// <summary>The value the rule yields, or an explanation of why it yields none.</summary>
    public static (DateValue? Value, string? Problem) Derive(string rule, DateTime published, string at)
    {
        try
        {
            return DeriveWithinCalendar(rule, published, at);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A publication date at the calendar's edge: 0001-01-01 has no day before it, 9999-12-31 no next week.
            return (null, $"the date it yields from the publication date {published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} falls outside the years 0001 to 9999");
        }
    }

    private static (DateValue? Value, string? Problem) DeriveWithinCalendar(string rule, DateTime published, string at)
    {
        var y = published.Year;
        var m = published.Month;
        switch (rule)
        {
            case "dct":
                return (Day(published), null);
            case "this_month":
                return (new DateValue(DatePrecision.Month, y, m, 0, 0), null);
            case "this_year":
                return (new DateValue(DatePrecision.Year, y, 0, 0, 0), null);
            case "last_year":
                return (new DateValue(DatePrecision.Year, y - 1, 0, 0, 0), null);
            case "next_week":
                var (weekYear, week) = IsoWeeks.WeekOf(published.AddDays(7));
                return (new DateValue(DatePrecision.Week, weekYear, 0, 0, week), null);
            case "month_of_last_year":
            {
                var months = MonthsIn(at);
                return months.Count == 1
                    ? (new DateValue(DatePrecision.Month, y - 1, months[0], 0, 0), null)
                    : (null, $"the rule needs exactly one month name in \"{at}\", found {months.Count}");
            }

            case "last_past_month":
            {
                var months = MonthsIn(at);
                if (months.Count == 0)
                {
                    return (null, $"the rule needs a month name in \"{at}\"");
                }

                var latest = months.Select(mm => mm < m ? new DateTime(y, mm, 1) : new DateTime(y - 1, mm, 1)).Max();
                return (new DateValue(DatePrecision.Month, latest.Year, latest.Month, 0, 0), null);
            }

            case "next_month_day":
            {
                var months = MonthsIn(at);
                var day = FirstNumber(at);
                if (months.Count == 0 || day is null)
                {
                    return (null, $"the rule needs a month name and a day number in \"{at}\"");
                }

                for (var year = y; year <= y + 8; year++)
                {
                    if (day >= 1 && day <= DateTime.DaysInMonth(year, months[0]) && new DateTime(year, months[0], day.Value) >= published.Date)
                    {
                        return (Day(new DateTime(year, months[0], day.Value)), null);
                    }
                }

                return (null, $"no date {Months[months[0] - 1]} {day} exists on or after the publication date");
            }

            case "past_weekday":
            {
                var weekday = -1;
                foreach (var word in Words(at))
                {
                    weekday = Array.FindIndex(Weekdays, d => d == word || d.Substring(0, 3) == word);
                    if (weekday >= 0)
                    {
                        break;
                    }
                }

                if (weekday < 0)
                {
                    return (null, $"the rule needs a weekday name in \"{at}\"");
                }

                var date = published.AddDays(-1);
                while ((int)date.DayOfWeek != weekday)
                {
                    date = date.AddDays(-1);
                }

                return (Day(date), null);
            }

            default:
                return (null, $"the rule '{rule}' is unknown");
        }
    }

    private static DateValue Day(DateTime date) => new(DatePrecision.Day, date.Year, date.Month, date.Day, 0);

    private static List<int> MonthsIn(string at) => Words(at)
        .Select(w => Array.FindIndex(Months, name => name == w || name.Substring(0, 3) == w || (name == "September" && w == "Sept")))
        .Where(i => i >= 0)
        .Select(i => i + 1)
        .ToList();

    private static int? FirstNumber(string at)
    {
        for (var i = 0; i < at.Length; i++)
        {
            if (char.IsDigit(at[i]) && at[i] <= '9' && at[i] >= '0')
            {
                var end = i;
                while (end < at.Length && at[end] >= '0' && at[end] <= '9')
                {
                    end++;
                }

                return end - i <= 2 ? int.Parse(at.Substring(i, end - i), System.Globalization.CultureInfo.InvariantCulture) : null;
            }
        }

        return null;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text.Substring(start, i - start);
                start = -1;
            }
        }
    }
}
