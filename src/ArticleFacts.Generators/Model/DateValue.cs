using System;
using System.Globalization;

namespace ArticleFacts.Generators.Model;

internal enum DatePrecision
{
    Year,
    Month,
    Day,
    Week,
}

/// <summary>A reduced-precision ISO date as the generator reads it (the runtime has <c>PartialDate</c>).</summary>
internal sealed record DateValue(DatePrecision Precision, int Year, int Month, int Day, int Week)
{
    /// <summary>Reads the form only: <c>2024-02-30</c> is well formed (and impossible, see <see cref="IsPossible"/>).</summary>
    public static DateValue? TryParseForm(string text)
    {
        if (text.Length < 4 || !Digits(text, 0, 4, out var year))
        {
            return null;
        }

        if (text.Length == 4)
        {
            return new DateValue(DatePrecision.Year, year, 0, 0, 0);
        }

        if (text[4] != '-')
        {
            return null;
        }

        if (text.Length == 7 && Digits(text, 5, 2, out var month))
        {
            return month is >= 1 and <= 12 ? new DateValue(DatePrecision.Month, year, month, 0, 0) : null;
        }

        if (text.Length == 8 && text[5] == 'W' && Digits(text, 6, 2, out var week))
        {
            return week is >= 1 and <= 53 ? new DateValue(DatePrecision.Week, year, 0, 0, week) : null;
        }

        if (text.Length == 10 && text[7] == '-' && Digits(text, 5, 2, out var m) && Digits(text, 8, 2, out var d))
        {
            return m is >= 1 and <= 12 && d is >= 1 and <= 31 ? new DateValue(DatePrecision.Day, year, m, d, 0) : null;
        }

        return null;
    }

    /// <summary>Whether the date exists: year 1 or later, the day within its month, the week within its ISO year.</summary>
    public bool IsPossible => Year >= 1 && Precision switch
    {
        DatePrecision.Day => Day <= DateTime.DaysInMonth(Year, Month),
        DatePrecision.Week => Week <= IsoWeeks.WeeksInYear(Year),
        _ => true,
    };

    public DateTime FirstDay => Precision switch
    {
        DatePrecision.Year => new DateTime(Year, 1, 1),
        DatePrecision.Month => new DateTime(Year, Month, 1),
        DatePrecision.Week => IsoWeeks.Monday(Year, Week),
        _ => new DateTime(Year, Month, Day),
    };

    public DateTime LastDay => Precision switch
    {
        DatePrecision.Year => new DateTime(Year, 12, 31),
        DatePrecision.Month => new DateTime(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Week => IsoWeeks.Sunday(Year, Week),
        _ => new DateTime(Year, Month, Day),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture),
        DatePrecision.Week => Year.ToString("D4", CultureInfo.InvariantCulture) + "-W" + Week.ToString("D2", CultureInfo.InvariantCulture),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture),
    };

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return true;
    }
}

/// <summary>ISO 8601 week arithmetic (netstandard2.0 has no System.Globalization.ISOWeek).</summary>
internal static class IsoWeeks
{
    public static DateTime Monday(int year, int week)
    {
        var jan4 = new DateTime(year, 1, 4);
        var offset = ((int)jan4.DayOfWeek + 6) % 7;
        return jan4.AddDays(-offset).AddDays((week - 1) * 7);
    }

    /// <summary>The week's last day; 9999-12-31 for the week that runs past the calendar's end (9999-W52).</summary>
    public static DateTime Sunday(int year, int week)
    {
        var monday = Monday(year, week);
        return monday > DateTime.MaxValue.Date.AddDays(-6) ? DateTime.MaxValue.Date : monday.AddDays(6);
    }

    public static int WeeksInYear(int year)
    {
        static int P(int y) => (y + (y / 4) - (y / 100) + (y / 400)) % 7;
        return P(year) == 4 || P(year - 1) == 3 ? 53 : 52;
    }

    public static (int Year, int Week) WeekOf(DateTime date)
    {
        var thursday = date.AddDays(3 - (((int)date.DayOfWeek + 6) % 7));
        return (thursday.Year, ((thursday.DayOfYear - 1) / 7) + 1);
    }
}
