using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>A quantity's value is a number its text writes (AF3004); its alternative converts to it (AF3003).</summary>
internal static class QuantityChecks
{
    // Factors to the base unit of each dimension (metre, kilogram), for the units a curator meets in news.
    private static readonly Dictionary<string, (string Dimension, decimal Factor)> Units = new(StringComparer.Ordinal)
    {
        ["mm"] = ("length", 0.001m), ["cm"] = ("length", 0.01m), ["m"] = ("length", 1m), ["km"] = ("length", 1000m),
        ["[in_i]"] = ("length", 0.0254m), ["[ft_i]"] = ("length", 0.3048m), ["[yd_i]"] = ("length", 0.9144m),
        ["[mi_i]"] = ("length", 1609.344m), ["[nmi_i]"] = ("length", 1852m),
        ["g"] = ("mass", 0.001m), ["kg"] = ("mass", 1m), ["t"] = ("mass", 1000m),
        ["[oz_av]"] = ("mass", 0.028349523125m), ["[lb_av]"] = ("mass", 0.45359237m), ["[ston_av]"] = ("mass", 907.18474m),
    };

    /// <summary>Whether <paramref name="value"/> is a number the anchor's text writes; reported (AF3004) when not.</summary>
    public static bool ValueInText(QuantitySpec quantity, decimal value, AnchorModel at, DiagnosticBag diagnostics)
    {
        var numbers = NumberReader.Numbers(at.Text);
        if (numbers.Contains(value))
        {
            return true;
        }

        var found = numbers.Count == 0 ? "it writes no number" : "it writes " + string.Join(", ", numbers.Distinct().Select(n => n.ToString(CultureInfo.InvariantCulture)));
        diagnostics.Add(DiagnosticIds.QuantityNotInText, quantity.Value!.Location, $"The value {quantity.Value.Text} is not a number written in \"{MessageText.Shorten(at.Text)}\" ({found}): fix the value, or anchor the words that state it");
        return false;
    }

    /// <summary>Warns (AF3003) when the printed alternative does not convert to the value; the values come parsed.</summary>
    public static void AltConverts(QuantitySpec quantity, decimal? parsedValue, AmountModel? parsedAlt, DiagnosticBag diagnostics)
    {
        if (quantity.Alt is not { } alt || parsedValue is not { } value || parsedAlt is null || quantity.Unit is not { } valueUnit
            || !Units.TryGetValue(quantity.Unit.Text, out var unit) || !Units.TryGetValue(alt.Unit.Text, out var altUnit) || unit.Dimension != altUnit.Dimension)
        {
            return;
        }

        var altValue = parsedAlt.Value;
        var approx = quantity.Comparator?.Text == "approx";
        var tolerance = approx ? 0.05 : 0.005;
        // In double: a value near decimal's limit times a factor (km to m) overflows decimal.
        var expected = (double)value * (double)unit.Factor;
        var actual = (double)altValue * (double)altUnit.Factor;
        var off = expected == 0 ? (actual == 0 ? 0 : 1) : Math.Abs(actual - expected) / Math.Abs(expected);
        if (off <= tolerance)
        {
            return;
        }

        var inUnit = actual / (double)unit.Factor;
        diagnostics.Add(
            DiagnosticIds.AltMismatch,
            alt.Location,
            $"The alternative {alt.Value.Text} {alt.Unit.Text} is {inUnit.ToString("0.###", CultureInfo.InvariantCulture)} {valueUnit.Text}, {(off * 100).ToString("0.#", CultureInfo.InvariantCulture)} % off the value {quantity.Value!.Text} {valueUnit.Text}; within {(tolerance * 100).ToString("0.#", CultureInfo.InvariantCulture)} % is expected{(approx ? " for an approximate value" : " (5 % when the comparator is approx)")}");
    }
}
