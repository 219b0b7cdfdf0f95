using System;
using System.Globalization;

namespace ArticleFacts;

/// <summary>
/// A reduced-precision ISO 8601 date: a year (<c>2024</c>), a month (<c>2024-01</c>), a day
/// (<c>2024-01-14</c>) or an ISO week (<c>2024-W03</c>). Prints in the same ISO form.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(DatePrecision precision, int year, int month, int day, int week) =>
        (Precision, Year, Month, Day, Week) = (precision, year, month, day, week);

    /// <summary>Which parts are present.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The (ISO week-numbering, for a week) year.</summary>
    public int Year { get; }

    /// <summary>The month 1-12, or 0 when the precision is year or week.</summary>
    public int Month { get; }

    /// <summary>The day of month, or 0 unless the precision is day.</summary>
    public int Day { get; }

    /// <summary>The ISO week 1-53, or 0 unless the precision is week.</summary>
    public int Week { get; }

    /// <summary>A year.</summary>
    public static PartialDate OfYear(int year) => new(DatePrecision.Year, CheckYear(year), 0, 0, 0);

    /// <summary>A month of a year.</summary>
    public static PartialDate OfMonth(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        return new(DatePrecision.Month, CheckYear(year), month, 0, 0);
    }

    /// <summary>A calendar day.</summary>
    public static PartialDate OfDay(int year, int month, int day)
    {
        var date = new DateOnly(CheckYear(year), month, day);
        return new(DatePrecision.Day, date.Year, date.Month, date.Day, 0);
    }

    /// <summary>An ISO week of an ISO week-numbering year.</summary>
    public static PartialDate OfWeek(int year, int week)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(CheckYear(year))) throw new ArgumentOutOfRangeException(nameof(week));
        return new(DatePrecision.Week, year, 0, 0, week);
    }

    /// <summary>Parses one of the four ISO forms; throws <see cref="FormatException"/> otherwise.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO date of the forms YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www.");

    /// <summary>Parses one of the four ISO forms.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || text.Length < 4 || !TryDigits(text, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        try
        {
            switch (text.Length)
            {
                case 4:
                    date = OfYear(year);
                    return true;
                case 7 when text[4] == '-' && TryDigits(text, 5, 2, out var month) && month is >= 1 and <= 12:
                    date = OfMonth(year, month);
                    return true;
                case 8 when text[4] == '-' && text[5] == 'W' && TryDigits(text, 6, 2, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year):
                    date = OfWeek(year, week);
                    return true;
                case 10 when text[4] == '-' && text[7] == '-' && TryDigits(text, 5, 2, out var m) && TryDigits(text, 8, 2, out var d)
                                            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m):
                    date = OfDay(year, m, d);
                    return true;
                default:
                    return false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The first calendar day the date covers.</summary>
    public DateOnly FirstDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 1, 1),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>The last calendar day the date covers.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        DatePrecision.Week => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Sunday)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>Orders by first day, then by last day (a year sorts before its first month).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = FirstDay.CompareTo(other.FirstDay);
        return byStart != 0 ? byStart : other.LastDay.CompareTo(LastDay);
    }

    /// <summary>The ISO form: <c>2024</c>, <c>2024-01</c>, <c>2024-01-14</c> or <c>2024-W03</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Week => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static int CheckYear(int year) => year is >= 1 and <= 9999 ? year : throw new ArgumentOutOfRangeException(nameof(year));

    private static bool TryDigits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
