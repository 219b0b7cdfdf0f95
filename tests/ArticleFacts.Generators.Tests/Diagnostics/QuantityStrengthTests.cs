using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF3003-AF3004 in detail: every known unit, the tolerance at its limits, a zero value, full messages.</summary>
public class QuantityStrengthTests
{
    private const string ExactHint = " (5 % when the comparator is approx)";

    private static string Quantity(string at, string value, string unit, string extra) =>
        With("    at: 12 crates\n    value: 12\n    unit: \"{crate}\"", $"    at: {at}\n    value: {value}\n    unit: \"{unit}\"{extra}");

    private static string TextWithDistance(string words) => ArticleText.Replace("to Alice Smith.", "to Alice Smith, " + words + " away.");

    private static GeneratorRun Alt(string value, string unit, string altValue, string altUnit, string? comparator = null)
    {
        var words = $"{value} units ({altValue} others)";
        var extra = (comparator is null ? string.Empty : $"\n    comparator: {comparator}") + $"\n    alt: {{value: {altValue}, unit: \"{altUnit}\"}}";
        return Run(Quantity(words, value, unit, extra), TextWithDistance(words));
    }

    // 10 of the unit, and an alternative 10 % more, in the base unit of the dimension (m, kg).
    [Theory]
    [InlineData("mm", "0.011", "m")]
    [InlineData("cm", "0.11", "m")]
    [InlineData("m", "11", "m")]
    [InlineData("km", "11000", "m")]
    [InlineData("[in_i]", "0.2794", "m")]
    [InlineData("[ft_i]", "3.3528", "m")]
    [InlineData("[yd_i]", "10.0584", "m")]
    [InlineData("[mi_i]", "17702.784", "m")]
    [InlineData("[nmi_i]", "20372", "m")]
    [InlineData("g", "0.011", "kg")]
    [InlineData("kg", "11", "kg")]
    [InlineData("t", "11000", "kg")]
    [InlineData("[oz_av]", "0.311844754375", "kg")]
    [InlineData("[lb_av]", "4.98951607", "kg")]
    [InlineData("[ston_av]", "9979.03214", "kg")]
    public void AF3003_every_known_unit_converts_by_its_factor(string unit, string altValue, string baseUnit)
    {
        Single(
            Alt("10", unit, altValue, baseUnit),
            "AF3003",
            48,
            10,
            $"The alternative {altValue} {baseUnit} is 11 {unit}, 10 % off the value 10 {unit}; within 0.5 % is expected{ExactHint}",
            DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("mm", "0.01", "m")]
    [InlineData("[mi_i]", "16.09344", "km")]
    [InlineData("[nmi_i]", "18.52", "km")]
    [InlineData("[ston_av]", "9071.8474", "kg")]
    [InlineData("[lb_av]", "4535.9237", "g")]
    [InlineData("t", "10000000", "g")]
    public void AF3003_near_miss_exact_conversions(string unit, string altValue, string altUnit)
    {
        Alt("10", unit, altValue, altUnit).AssertClean();
    }

    [Fact]
    public void AF3003_near_miss_exactly_half_a_percent_off()
    {
        Alt("1000", "m", "1005", "m").AssertClean();
        Alt("1000", "m", "995", "m").AssertClean();
    }

    [Fact]
    public void AF3003_just_over_half_a_percent_off()
    {
        Single(Alt("1000", "m", "1006", "m"), "AF3003", 48, 10, $"The alternative 1006 m is 1006 m, 0.6 % off the value 1000 m; within 0.5 % is expected{ExactHint}", DiagnosticSeverity.Warning);
    }

    [Fact]
    public void AF3003_near_miss_exactly_five_percent_off_when_approximate()
    {
        Alt("1000", "m", "1050", "m", "approx").AssertClean();
        Alt("1000", "m", "950", "m", "approx").AssertClean();
    }

    [Fact]
    public void AF3003_just_over_five_percent_off_when_approximate()
    {
        Single(
            Alt("1000", "m", "1051", "m", "approx"),
            "AF3003",
            49,
            10,
            "The alternative 1051 m is 1051 m, 5.1 % off the value 1000 m; within 5 % is expected for an approximate value",
            DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("more_than")]
    [InlineData("at_least")]
    [InlineData("exact")]
    public void AF3003_other_comparators_need_half_a_percent(string comparator)
    {
        Single(
            Alt("1000", "m", "1010", "m", comparator),
            "AF3003",
            49,
            10,
            $"The alternative 1010 m is 1010 m, 1 % off the value 1000 m; within 0.5 % is expected{ExactHint}",
            DiagnosticSeverity.Warning);
    }

    [Fact]
    public void AF3003_zero_value_needs_a_zero_alternative()
    {
        Alt("0", "m", "0", "km").AssertClean();
        Single(Alt("0", "m", "1", "m"), "AF3003", 48, 10, $"The alternative 1 m is 1 m, 100 % off the value 0 m; within 0.5 % is expected{ExactHint}", DiagnosticSeverity.Warning);
    }

    [Fact]
    public void AF3004_decimal_value_not_in_the_text_has_the_full_message()
    {
        Single(
            Run(With("value: 12", "value: 12.5")),
            "AF3004",
            46,
            12,
            "The value 12.5 is not a number written in \"12 crates\" (it writes 12): fix the value, or anchor the words that state it");
    }

    [Fact]
    public void AF3004_decimal_value_in_the_text_is_fine()
    {
        var words = "12.5 crates";
        var text = ArticleText.Replace("shipped 12 crates", "shipped " + words);
        var yaml = Quantity(words, "12.5", "{crate}", string.Empty)
            .Replace("evidence: Acme Corp shipped 12 crates to Alice Smith", $"evidence: Acme Corp shipped {words} to Alice Smith")
            .Replace("trigger: shipped 12 crates", $"trigger: shipped {words}");
        Run(yaml, text).AssertClean();
    }

    [Fact]
    public void AF3004_lists_each_number_of_the_text_once()
    {
        var words = "12 crates, 12 boxes and 14 bags";
        var text = ArticleText.Replace("shipped 12 crates", "shipped " + words);
        var yaml = Quantity(words, "13", "{crate}", string.Empty)
            .Replace("evidence: Acme Corp shipped 12 crates to Alice Smith", $"evidence: Acme Corp shipped {words} to Alice Smith")
            .Replace("trigger: shipped 12 crates", $"trigger: shipped {words}");
        Single(
            Run(yaml, text),
            "AF3004",
            46,
            12,
            $"The value 13 is not a number written in \"{words}\" (it writes 12, 14): fix the value, or anchor the words that state it");
    }
}
