using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF3001-AF3002: dates exist, ranges run forward, rules yield the given value; AF0004: values of a fixed form hold that form to their last character.</summary>
public class ValueDiagnosticsTests
{
    [Fact]
    public void AF3001_impossible_day()
    {
        Single(Run(With("value: \"2024-01-08\"", "value: \"2024-02-30\"")), "AF3001", 51, 12, "'2024-02-30' does not exist");
    }

    [Fact]
    public void AF3001_week_53_of_a_52_week_year()
    {
        Single(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "value: \"2023-W53\"")), "AF3001", 51, 12, "2023 has 52 ISO weeks");
    }

    [Fact]
    public void AF3001_reversed_range()
    {
        Single(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2024-01-09\"\n    end: \"2023-12\"")), "AF3001", 52, 10, "start 2024-01-09 begins after end 2023-12 is over");
    }

    [Fact]
    public void AF3001_near_miss_mixed_precision_range_that_overlaps_is_fine()
    {
        Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2024-01-08\"\n    end: \"2024-01\"")).AssertClean();
    }

    [Fact]
    public void AF3001_impossible_publication_date()
    {
        Single(Run(With("published: \"2024-01-14\"", "published: \"2023-02-29\"")), "AF3001", 5, 14, "'2023-02-29' does not exist");
    }

    [Fact]
    public void AF0003_date_without_value_or_range()
    {
        Single(Run(With("    value: \"2024-01-08\"\n    rule: past_weekday", string.Empty)), "AF0003", 49, 3, "missing the required key 'value'");
    }

    [Fact]
    public void AF0004_date_with_both_value_and_range()
    {
        Single(Run(With("    value: \"2024-01-08\"", "    value: \"2024-01-08\"\n    start: \"2024-01-08\"\n    end: \"2024-01-09\"")), "AF0004", 52, 5, "either 'value' or 'start' and 'end'");
    }

    [Fact]
    public void AF3002_rule_that_yields_another_value()
    {
        Single(Run(With("value: \"2024-01-08\"", "value: \"2024-01-07\"")), "AF3002", 51, 12, "The rule 'past_weekday' yields 2024-01-08 from the publication date 2024-01-14 and \"Monday\", not 2024-01-07");
    }

    [Theory]
    [InlineData("dct", "Monday", "2024-01-14")]
    [InlineData("this_month", "Monday", "2024-01")]
    [InlineData("this_year", "Monday", "2024")]
    [InlineData("last_year", "Monday", "2023")]
    [InlineData("next_week", "Monday", "2024-W03")]
    [InlineData("past_weekday", "Monday", "2024-01-08")]
    public void AF3002_near_miss_each_rule_yields_its_value(string rule, string at, string value)
    {
        Run(With("    at: Monday\n    value: \"2024-01-08\"\n    rule: past_weekday", $"    at: {at}\n    value: \"{value}\"\n    rule: {rule}")).AssertClean();
    }

    [Theory]
    [InlineData("value: 12", "value: \"12\\n\"", 46, 12, "'12\\n' is not a decimal number")]
    [InlineData("unit: \"{crate}\"", "unit: \"{crate}\\n\"", 47, 11, "'{crate}\\n' is not a UCUM unit code")]
    [InlineData("type: delivery", "type: \"delivery\\n\"", 20, 11, "'delivery\\n' is not snake_case")]
    [InlineData("  id: mini\n", "  id: mini\n  language: \"en\\n\"\n", 4, 13, "'en\\n' is not a BCP 47 language tag")]
    [InlineData("  id: mini\n", "  id: mini\n  url: \"https://example.org/a\\n\"\n", 4, 8, "'https://example.org/a\\n' is not an absolute http or https address")]
    public void AF0004_a_value_ending_in_a_newline_is_malformed(string old, string replacement, int line, int column, string message)
    {
        // A regex '$' matches before a final newline: each form must end the value itself (\z), or "12\n" is emitted as 12\nm.
        Single(Run(With(old, replacement)), "AF0004", line, column, message);
    }

    [Theory]
    [InlineData("value: 12", "value: \"12\"")]
    [InlineData("  id: mini\n", "  id: mini\n  language: en-GB\n  url: https://example.org/a\n")]
    public void AF0004_near_miss_the_same_values_without_the_newline_are_fine(string old, string replacement)
    {
        Run(With(old, replacement)).AssertClean();
    }

    [Theory]
    [InlineData("type: \"a\\tb\"", "'a\\tb' is not snake_case")]
    [InlineData("type: \"a\\rb\"", "'a\\rb' is not snake_case")]
    [InlineData("type: \"a\\x01b\"", "'a\\u0001b' is not snake_case")]
    [InlineData("type: \"a\\x7Fb\"", "'a\\u007Fb' is not snake_case")]
    [InlineData("type: \"a\\u00A0b\"", "'a\u00A0b' is not snake_case")]
    [InlineData("type: A234567890123456789012345678901234567890123456789012345678901234567890", "'A23456789012345678901234567890123456789012345678901234567...' is not snake_case")]
    public void AF0004_messages_show_a_value_escaped_and_at_most_sixty_characters_long(string replacement, string message)
    {
        Single(Run(With("type: delivery", replacement)), "AF0004", 20, 11, message);
    }

    [Fact]
    public void AF0004_a_choice_with_a_newline_is_shown_escaped_with_the_nearest_choice()
    {
        Single(Run(With("tense: past", "tense: \"past\\n\"")), "AF0004", 24, 12, "'past\\n' is not one of past, ongoing, future (did you mean 'past'?)");
    }
}
