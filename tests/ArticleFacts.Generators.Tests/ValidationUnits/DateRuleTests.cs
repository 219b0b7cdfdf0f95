using System;
using System.Globalization;
using ArticleFacts.Generators.Validation;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>What each date rule derives from the publication date and the anchor words, and why it derives nothing.</summary>
public class DateRuleTests
{
    private static string Derive(string rule, string published, string at)
    {
        var (value, problem) = DateRules.Derive(rule, DateTime.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), at);
        Assert.True(value is null != (problem is null), "exactly one of value and problem");
        return value?.ToString() ?? "problem: " + problem;
    }

    [Theory]
    [InlineData("dct", "2024-01-14")]
    [InlineData("this_month", "2024-01")]
    [InlineData("this_year", "2024")]
    [InlineData("last_year", "2023")]
    [InlineData("next_week", "2024-W03")]
    public void Rules_of_the_publication_date_alone(string rule, string expected)
    {
        Assert.Equal(expected, Derive(rule, "2024-01-14", "whenever"));
    }

    // 2024-01-14 is a Sunday: the rule looks back from the day before, so Sunday is a week earlier.
    [Theory]
    [InlineData("Sunday", "2024-01-07")]
    [InlineData("Monday", "2024-01-08")]
    [InlineData("Tuesday", "2024-01-09")]
    [InlineData("Wednesday", "2024-01-10")]
    [InlineData("Thursday", "2024-01-11")]
    [InlineData("Friday", "2024-01-12")]
    [InlineData("Saturday", "2024-01-13")]
    [InlineData("Sun", "2024-01-07")]
    [InlineData("Wed", "2024-01-10")]
    [InlineData("Sat.", "2024-01-13")]
    [InlineData("last Friday", "2024-01-12")]
    [InlineData("Sunday night", "2024-01-07")]
    [InlineData("on Sunday or Monday", "2024-01-07")]
    public void Past_weekday_is_the_latest_such_day_before_publication(string at, string expected)
    {
        Assert.Equal(expected, Derive("past_weekday", "2024-01-14", at));
    }

    [Theory]
    [InlineData("on 12")]
    [InlineData("monday")]
    [InlineData("Mondays")]
    public void Past_weekday_needs_a_weekday_name(string at)
    {
        Assert.Equal($"problem: the rule needs a weekday name in \"{at}\"", Derive("past_weekday", "2024-01-14", at));
    }

    [Theory]
    [InlineData("in March", "2023-03")]
    [InlineData("last Dec", "2023-12")]
    [InlineData("in Sept", "2023-09")]
    [InlineData("in Sep", "2023-09")]
    [InlineData("March or April", "problem: the rule needs exactly one month name in \"March or April\", found 2")]
    [InlineData("last year", "problem: the rule needs exactly one month name in \"last year\", found 0")]
    public void Month_of_last_year_needs_exactly_one_month(string at, string expected)
    {
        Assert.Equal(expected, Derive("month_of_last_year", "2024-01-14", at));
    }

    [Theory]
    [InlineData("in March", "2024-03")]
    [InlineData("in June", "2023-06")]
    [InlineData("in May", "2024-05")]
    [InlineData("in October", "2023-10")]
    [InlineData("March and October", "2024-03")]
    [InlineData("October and March", "2024-03")]
    [InlineData("in spring", "problem: the rule needs a month name in \"in spring\"")]
    public void Last_past_month_is_the_latest_such_month_before_the_month_of_publication(string at, string expected)
    {
        Assert.Equal(expected, Derive("last_past_month", "2024-06-15", at));
    }

    [Theory]
    [InlineData("March 3", "2024-03-03")]
    [InlineData("March 1", "2024-03-01")]
    [InlineData("March 01", "2024-03-01")]
    [InlineData("on March 9,", "2024-03-09")]
    [InlineData("March 10", "2024-03-10")]
    [InlineData("March 19", "2024-03-19")]
    [InlineData("January 31", "2024-01-31")]
    [InlineData("January 14", "2024-01-14")]
    [InlineData("January 13", "2025-01-13")]
    [InlineData("Sept 5", "2024-09-05")]
    [InlineData("5 Sept", "2024-09-05")]
    [InlineData("February 29", "2024-02-29")]
    [InlineData("in March", "problem: the rule needs a month name and a day number in \"in March\"")]
    [InlineData("on the 3rd", "problem: the rule needs a month name and a day number in \"on the 3rd\"")]
    [InlineData("March 123", "problem: the rule needs a month name and a day number in \"March 123\"")]
    [InlineData("February 30", "problem: no date February 30 exists on or after the publication date")]
    [InlineData("March 0", "problem: no date March 0 exists on or after the publication date")]
    [InlineData("March 00", "problem: no date March 0 exists on or after the publication date")]
    [InlineData("December 32", "problem: no date December 32 exists on or after the publication date")]
    public void Next_month_day_is_the_first_such_day_on_or_after_publication(string at, string expected)
    {
        Assert.Equal(expected, Derive("next_month_day", "2024-01-14", at));
    }

    [Theory]
    [InlineData("2024-03-01", "2028-02-29")]
    [InlineData("2096-03-01", "2104-02-29")] // 2100 is no leap year: the next 29 February is eight years on
    public void Next_month_day_looks_up_to_eight_years_ahead_for_29_February(string published, string expected)
    {
        Assert.Equal(expected, Derive("next_month_day", published, "February 29"));
    }

    [Fact]
    public void Rules_at_the_edge_of_the_calendar_and_unknown_rules_yield_no_date()
    {
        Assert.Equal("problem: the date it yields from the publication date 9999-12-31 falls outside the years 0001 to 9999", Derive("next_week", "9999-12-31", "next week"));
        Assert.Equal("problem: the date it yields from the publication date 0001-01-01 falls outside the years 0001 to 9999", Derive("past_weekday", "0001-01-01", "Monday"));
        Assert.Equal("problem: the rule 'someday' is unknown", Derive("someday", "2024-01-14", "Monday"));
    }

    private static void Exactly(Infrastructure.GeneratorRun run, string id, int line, int column, string message)
    {
        var diagnostic = Single(run, id, line, column, message);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AF3001_messages_in_full_for_a_day_and_a_week()
    {
        Exactly(Run(With("value: \"2024-01-08\"", "value: \"2023-02-29\"")), "AF3001", 51, 12, "The date '2023-02-29' does not exist");
        Exactly(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "value: \"2021-W53\"")), "AF3001", 51, 12, "The date '2021-W53' does not exist: 2021 has 52 ISO weeks");
    }

    [Fact]
    public void AF3001_near_miss_range_of_one_day()
    {
        Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2024-01-08\"\n    end: \"2024-01-08\"")).AssertClean();
    }

    [Fact]
    public void AF3001_range_with_an_impossible_start_is_reported_once_at_the_start()
    {
        Exactly(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2023-02-29\"\n    end: \"2024-01-08\"")), "AF3001", 51, 12, "The date '2023-02-29' does not exist");
        Exactly(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2024-01-08\"\n    end: \"2023-02-29\"")), "AF3001", 52, 10, "The date '2023-02-29' does not exist");
    }

    [Fact]
    public void AF3001_range_a_day_reversed()
    {
        Exactly(Run(With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"2024-01-09\"\n    end: \"2024-01-08\"")), "AF3001", 52, 10, "The range is reversed: start 2024-01-09 begins after end 2024-01-08 is over");
    }

    [Fact]
    public void AF3002_rule_that_yields_no_date_has_the_full_message()
    {
        Exactly(
            Run(With("rule: past_weekday", "rule: month_of_last_year")),
            "AF3002",
            51,
            12,
            "The rule 'month_of_last_year' yields no date here: the rule needs exactly one month name in \"Monday\", found 0");
    }

    [Fact]
    public void AF3002_rule_of_a_range_is_checked_at_its_start()
    {
        Exactly(
            Run(With("value: \"2024-01-08\"", "start: \"2024-01-09\"\n    end: \"2024-01-10\"")),
            "AF3002",
            51,
            12,
            "The rule 'past_weekday' yields 2024-01-08 from the publication date 2024-01-14 and \"Monday\", not 2024-01-09: fix the value or the rule");
        Run(With("value: \"2024-01-08\"", "start: \"2024-01-08\"\n    end: \"2024-01-10\"")).AssertClean();
    }
}
