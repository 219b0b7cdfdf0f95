using System;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>Dates that cannot exist, reversed ranges (AF3001), and rules that do not yield the value (AF3002).</summary>
internal static class DateChecks
{
    public static DateValue? Possible(Located? text, DiagnosticBag diagnostics)
    {
        if (text is null || DateValue.TryParseForm(text.Text) is not { } value)
        {
            return null;
        }

        if (!value.IsPossible)
        {
            diagnostics.Add(DiagnosticIds.ImpossibleDate, text.Location, value.Precision == DatePrecision.Week
                ? $"The date '{text.Text}' does not exist: {value.Year} has {IsoWeeks.WeeksInYear(value.Year)} ISO weeks"
                : $"The date '{text.Text}' does not exist");
            return null;
        }

        return value;
    }

    public static bool Range(DateSpec date, DateValue? start, DateValue? end, DiagnosticBag diagnostics)
    {
        if (start is null || end is null || start.FirstDay <= end.LastDay)
        {
            return true;
        }

        diagnostics.Add(DiagnosticIds.ImpossibleDate, date.End!.Location, $"The range is reversed: start {start} begins after end {end} is over");
        return false;
    }

    public static bool Rule(DateSpec date, DateValue? given, string at, DateTime published, DiagnosticBag diagnostics)
    {
        if (given is null)
        {
            return true;
        }

        var (derived, problem) = DateRules.Derive(date.Rule!.Text, published, at);
        var where = (date.Value ?? date.Start)!.Location;
        if (derived is null)
        {
            diagnostics.Add(DiagnosticIds.RuleMismatch, where, $"The rule '{date.Rule.Text}' yields no date here: {problem}");
            return false;
        }

        if (derived.ToString() != given.ToString())
        {
            diagnostics.Add(DiagnosticIds.RuleMismatch, where, $"The rule '{date.Rule.Text}' yields {derived} from the publication date {published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} and \"{at}\", not {given}: fix the value or the rule");
            return false;
        }

        return true;
    }
}
