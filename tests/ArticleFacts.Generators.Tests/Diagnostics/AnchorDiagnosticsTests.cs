using System.Linq;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF1001-AF1005: anchors match exactly once in the body, quotes sit inside quotation marks.</summary>
public class AnchorDiagnosticsTests
{
    [Fact]
    public void AF1001_anchor_not_found_shows_what_the_body_has()
    {
        Single(Run(With("text: ready to go", "text: ready to stop")), "AF1001", 40, 11, "the body has \"ready to\" at 1:32, but not what follows it: \"stop\"");
    }

    [Fact]
    public void AF1001_anchor_differing_in_case_names_the_candidate()
    {
        Single(Run(With("trigger: shipped 12 crates", "trigger: Shipped 12 Crates")), "AF1001", 21, 14, "nearest candidate \"shipped 12 crates\" at 2:11 differs in case");
    }

    [Fact]
    public void AF1001_anchor_differing_in_quote_style_names_the_candidate()
    {
        var text = ArticleText.Replace("Alice Smith said", "Alice Smith\u2019s team said");
        var run = Run(With("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: Alice Smith's team said"), text);
        Single(run, "AF1001", 36, 15, "differs in quote style");
    }

    [Fact]
    public void AF1001_anchor_differing_in_whitespace_names_the_candidate()
    {
        Single(Run(With("at: 12 crates", "at: 12  crates")), "AF1001", 45, 9, "differs in whitespace");
    }

    [Fact]
    public void AF1001_prefix_that_does_not_precede_the_text()
    {
        Single(Run(With("at: 12 crates", "at: {exact: 12 crates, prefix: \"sent \"}")), "AF1001", 45, 17, "not with the given prefix/suffix");
    }

    [Fact]
    public void AF1002_ambiguous_anchor_lists_matches_and_a_unique_context()
    {
        var d = Single(Run(With("trigger: shipped 12 crates", "trigger: Acme Corp")), "AF1002", 21, 14, "matches 2 times in the body, at 1:46, 2:1");
        Assert.Contains("suffix: \" agreed\" picks 1:46", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF1002_near_miss_prefix_makes_it_unique()
    {
        Run(With("trigger: shipped 12 crates", "trigger: {exact: Acme Corp, suffix: \" shipped\"}")).AssertClean();
    }

    [Fact]
    public void AF1002_overlapping_matches_count()
    {
        var text = ArticleText.Replace("agreed on Monday", "agreed on Monday (aaa)");
        Single(Run(With("at: Monday", "at: aa"), text), "AF1002", 50, 9, "matches 2 times");
    }

    [Fact]
    public void AF1003_anchor_only_outside_the_body()
    {
        Single(Run(With("at: 12 crates", "at: Acme News")), "AF1003", 45, 9, "only outside the article body, at 3:14");
    }

    [Fact]
    public void AF1004_missing_body_marker_stops_anchor_checks()
    {
        var run = Run(With("end_before: Subscribe to", "end_before: Unsubscribe").Replace("text: ready to go", "text: not in the text"));
        Single(run, "AF1004", 7, 17, "end_before \"Unsubscribe\" is not found in the article text");
    }

    [Fact]
    public void AF1004_body_marker_matching_twice()
    {
        Single(Run(With("end_before: Subscribe to", "end_before: Acme Corp")), "AF1004", 7, 17, "matches 2 times in the article text");
    }

    [Fact]
    public void AF1004_markers_in_the_wrong_order()
    {
        var yaml = With("    end_before: Subscribe to", "    start_after: Subscribe to\n    end_before: Alice Smith said");
        Single(Run(yaml), "AF1004", 8, 17, "comes before the end of start_after");
    }

    [Fact]
    public void AF1005_quote_not_between_quotation_marks()
    {
        Single(Run(With("text: ready to go", "text: eady to go")), "AF1005", 40, 11, "must start right after an opening mark (“ ‘ « or \"), but 'r' comes before it");
    }

    [Fact]
    public void AF1005_quote_stopping_short_of_the_closing_mark()
    {
        Single(Run(With("text: ready to go", "text: ready to")), "AF1005", 40, 11, "must end right before the closing mark");
    }

    [Fact]
    public void AF1005_near_miss_curly_marks_and_kept_trailing_punctuation()
    {
        var text = ArticleText.Replace("\"ready to go.\"", "\u201Cready to go.\u201D");
        Run(With("text: ready to go", "text: ready to go."), text).AssertClean();
    }

    [Fact]
    public void AF1001_not_found_quote_is_not_also_checked_for_marks()
    {
        var run = Run(With("text: ready to go", "text: nowhere to be seen"));
        Assert.Equal(new[] { "AF1001" }, run.FactsDiagnostics.Select(d => d.Id));
    }
}
