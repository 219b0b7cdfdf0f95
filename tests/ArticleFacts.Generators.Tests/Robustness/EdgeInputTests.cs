using System;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>
/// Inputs at the edges of what the format allows, each of which once broke a build (an exception in the generator,
/// or generated code the compiler rejected); found by the property tests in tests/ArticleFacts.Generators.PropertyTests.
/// </summary>
public class EdgeInputTests
{
    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("-99999999999999999999999999999999")]
    [InlineData("100000000000000000000000000000.5")]
    public void A_value_beyond_decimal_is_malformed_not_a_compile_error(string value)
    {
        var run = MiniArticle.Run(MiniArticle.With("value: 12", "value: " + value));
        MiniArticle.Single(run, "AF0004", 46, 12, "within the range of System.Decimal");
    }

    [Fact]
    public void The_largest_decimal_is_a_value()
    {
        var text = MiniArticle.ArticleText.Replace("12 crates", "79228162514264337593543950335 crates", StringComparison.Ordinal);
        var yaml = MiniArticle.ValidYaml.Replace("12 crates", "79228162514264337593543950335 crates", StringComparison.Ordinal)
            .Replace("value: 12", "value: 79228162514264337593543950335", StringComparison.Ordinal);
        MiniArticle.Run(yaml, text).AssertClean();
    }

    [Fact]
    public void An_alt_of_a_value_near_decimals_limit_converts_without_overflow()
    {
        var big = "79228162514264337593543950335";
        var text = MiniArticle.ArticleText.Replace("12 crates", big + " km", StringComparison.Ordinal);
        var yaml = MiniArticle.ValidYaml.Replace("12 crates", big + " km", StringComparison.Ordinal)
            .Replace("value: 12\n    unit: \"{crate}\"", $"value: {big}\n    unit: km\n    alt: {{value: {big}, unit: \"[mi_i]\"}}", StringComparison.Ordinal);
        var run = MiniArticle.Run(yaml, text);
        MiniArticle.Single(run, "AF3003", 48, 10, "% off the value", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
    }

    [Theory]
    [InlineData("9999-12-31", "next_week", "next week")]
    [InlineData("0001-01-01", "past_weekday", "Monday")]
    [InlineData("0001-01-15", "last_past_month", "March")]
    [InlineData("9999-12-31", "next_month_day", "February 30")]
    public void A_rule_at_the_calendars_edge_yields_no_date_instead_of_throwing(string published, string rule, string at)
    {
        var text = MiniArticle.ArticleText.Replace("on Monday", "on " + at + " (x)", StringComparison.Ordinal);
        var yaml = MiniArticle.With("published: \"2024-01-14\"", $"published: \"{published}\"")
            .Replace("at: Monday", $"at: \"{at} (x)\"", StringComparison.Ordinal)
            .Replace("rule: past_weekday", "rule: " + rule, StringComparison.Ordinal);
        var run = MiniArticle.Run(yaml, text);
        Assert.DoesNotContain(run.FactsDiagnostics, d => d.Id is "AF9999" or "CS8785");
        Assert.Contains(run.FactsDiagnostics, d => d.Id == "AF3002");
    }

    [Fact]
    public void A_week_running_past_the_calendars_end_is_a_range_end()
    {
        var yaml = MiniArticle.With("value: \"2024-01-08\"\n    rule: past_weekday", "start: \"9999-W51\"\n    end: \"9999-W52\"");
        var run = MiniArticle.Run(yaml);
        run.AssertClean();
    }

    [Fact]
    public void Two_articles_whose_classes_differ_only_in_case_generate_the_first_and_report_the_second()
    {
        // "a_b" and "ab" become AB and Ab: the compiler compares generated file names ignoring case.
        var run = GeneratorHarness.Run(
            ("data/a.facts.yaml", MiniArticle.With("id: mini", "id: a_b")),
            ("data/a.txt", MiniArticle.ArticleText),
            ("data/b.facts.yaml", MiniArticle.With("id: mini", "id: ab")),
            ("data/b.txt", MiniArticle.ArticleText));
        Assert.Contains("AB.g.cs", run.Sources.Keys);
        Assert.DoesNotContain("Ab.g.cs", run.Sources.Keys);
        var diagnostic = Assert.Single(run.FactsDiagnostics);
        MiniArticle.AssertIs(diagnostic, "AF2002", 3, 7, "already taken by 'data/a.facts.yaml' (the first in path order) as 'AB'", path: "data/b.facts.yaml");
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_article_class_named_like_the_catalogue_in_other_case_is_reserved()
    {
        var run = MiniArticle.Run(MiniArticle.With("id: mini", "id: a_r_t_i_c_l_e_s"));
        MiniArticle.Single(run, "AF2002", 3, 7, "becomes the class name 'ARTICLES', which is reserved");
    }

    [Fact]
    public void Of_two_texts_differing_only_in_case_the_ordinally_first_is_paired_whatever_the_order()
    {
        var texts = new[] { ("data/MINI.txt", MiniArticle.ArticleText), ("data/Mini.txt", MiniArticle.ArticleText.Replace("12 crates", "13 crates", StringComparison.Ordinal)) };
        var forward = GeneratorHarness.Run(new[] { (MiniArticle.YamlPath, MiniArticle.ValidYaml) }.Concat(texts).ToArray());
        var backward = GeneratorHarness.Run(new[] { (MiniArticle.YamlPath, MiniArticle.ValidYaml) }.Concat(texts.Reverse()).ToArray());
        forward.AssertClean();
        backward.AssertClean();
        Assert.Equal(forward.Source("Mini.g.cs"), backward.Source("Mini.g.cs"));
    }

    [Fact]
    public void An_empty_article_text_without_body_markers_is_checked_not_a_crash()
    {
        // Touching markers make an empty body an error (AF1004); with no marker at all there is none to blame.
        var run = MiniArticle.Run(MiniArticle.ValidYaml.Replace("  body:\n    end_before: Subscribe to\n", string.Empty, StringComparison.Ordinal), string.Empty);
        Assert.DoesNotContain(run.FactsDiagnostics, d => d.Id is "AF9999" or "AF1004");
        Assert.Contains(run.FactsDiagnostics, d => d.Id == "AF1001");
    }

    [Fact]
    public void A_start_after_that_ends_the_text_leaves_an_empty_body()
    {
        var yaml = MiniArticle.ValidYaml.Replace("    end_before: Subscribe to", "    start_after: for the plan.\n", StringComparison.Ordinal);
        var run = MiniArticle.Run(yaml, MiniArticle.ArticleText.TrimEnd('\n'));
        MiniArticle.Single(run, "AF1004", 7, 18, "start_after \"for the plan.\" ends at 3:37, the end of the article text: the body would be empty");
    }
}
