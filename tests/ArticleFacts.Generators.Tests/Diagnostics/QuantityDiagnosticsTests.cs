using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF3003-AF3004: a quantity's value is written in its text; its alternative converts to it.</summary>
public class QuantityDiagnosticsTests
{
    private static string Quantity(string at, string value, string unit = "{crate}", string extra = "") =>
        With("    at: 12 crates\n    value: 12\n    unit: \"{crate}\"", $"    at: {at}\n    value: {value}\n    unit: \"{unit}\"{extra}");

    private static string TextWith(string words) => ArticleText.Replace("shipped 12 crates", "shipped " + words);

    private static string TextWithDistance(string words) => ArticleText.Replace("to Alice Smith.", "to Alice Smith, " + words + " away.");

    [Fact]
    public void AF3004_value_not_among_the_numbers_of_the_text()
    {
        Single(Run(With("value: 12", "value: 13")), "AF3004", 46, 12, "The value 13 is not a number written in \"12 crates\" (it writes 12)");
    }

    [Fact]
    public void AF3004_text_without_numbers()
    {
        var text = TextWith("many crates").Replace("shipped 12 crates to", "shipped many crates to");
        var yaml = Quantity("many crates", "12").Replace("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: Acme Corp shipped many crates to Alice Smith").Replace("trigger: shipped 12 crates", "trigger: shipped many crates");
        Single(Run(yaml, text), "AF3004", 46, 12, "it writes no number");
    }

    [Theory]
    [InlineData("1,000 crates", "1000")]
    [InlineData("one million crates", "1000000")]
    [InlineData("a million crates", "1000000")]
    [InlineData("1.5 million crates", "1500000")]
    [InlineData("twenty-one crates", "21")]
    [InlineData("two hundred and five crates", "205")]
    [InlineData("two-year crates", "2")]
    [InlineData("12.4-kilometre crates", "12.4")]
    [InlineData("38% of crates", "38")]
    public void AF3004_near_miss_numbers_in_digits_and_words(string words, string value)
    {
        var text = TextWith(words);
        var yaml = Quantity(words, value)
            .Replace("evidence: Acme Corp shipped 12 crates to Alice Smith", $"evidence: Acme Corp shipped {words} to Alice Smith")
            .Replace("trigger: shipped 12 crates", $"trigger: shipped {words}");
        Run(yaml, text).AssertClean();
    }

    [Fact]
    public void AF3003_alternative_that_does_not_convert_is_a_warning_at_alt()
    {
        var text = TextWithDistance("900 kilometers (650 miles)");
        var yaml = Quantity("900 kilometers (650 miles)", "900", "km", "\n    comparator: approx\n    alt: {value: 650, unit: \"[mi_i]\"}")
            .Replace("quantities: [qty_crates]", "quantities: [qty_crates]");
        var run = Run(yaml, text);
        Single(run, "AF3003", 49, 10, "The alternative 650 [mi_i] is 1046.074 km, 16.2 % off the value 900 km; within 5 % is expected", DiagnosticSeverity.Warning);
    }

    [Fact]
    public void AF3003_near_miss_within_five_percent_when_approximate()
    {
        var text = TextWithDistance("900 kilometers (550 miles)");
        Run(Quantity("900 kilometers (550 miles)", "900", "km", "\n    comparator: approx\n    alt: {value: 550, unit: \"[mi_i]\"}"), text).AssertClean();
    }

    [Fact]
    public void AF3003_exact_values_need_half_a_percent()
    {
        var text = TextWithDistance("900 kilometers (550 miles)");
        Single(Run(Quantity("900 kilometers (550 miles)", "900", "km", "\n    alt: {value: 550, unit: \"[mi_i]\"}"), text), "AF3003", 48, 10, "within 0.5 % is expected", DiagnosticSeverity.Warning);
    }

    [Fact]
    public void AF3003_near_miss_units_of_other_dimensions_are_not_checked()
    {
        var text = TextWithDistance("900 kilometers (550 tonnes)");
        Run(Quantity("900 kilometers (550 tonnes)", "900", "km", "\n    alt: {value: 550, unit: t}"), text).AssertClean();
    }
}
