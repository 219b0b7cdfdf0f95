using System.Linq;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF2005, AF2007, AF4001, AF4002: entity names are distinct and named by the text, entities used by facts; quotations are covered.</summary>
public class CompletenessDiagnosticsTests
{
    [Fact]
    public void AF2005_alias_shared_by_two_entities_is_reported_at_the_later_one()
    {
        Single(Run(With("    name: Alice Smith", "    name: Alice Smith\n    aliases: [Acme Corp]")), "AF2005", 15, 15, "'Acme Corp' already names the entity 'acme' at 11:11");
    }

    [Fact]
    public void AF2005_near_miss_an_entity_repeating_its_own_name_as_an_alias()
    {
        Run(With("    name: Alice Smith", "    name: Alice Smith\n    aliases: [Alice Smith]")).AssertClean();
    }

    [Fact]
    public void AF2007_entity_never_mentioned_in_the_body()
    {
        var d = Single(Run(With("name: Alice Smith", "name: Alice Smyth")), "AF2007", 14, 11, "none of 'Alice Smyth'");
        Assert.Equal(
            "The entity 'alice' is not mentioned in the article body: none of 'Alice Smyth' occurs there as a whole word; add the form the text uses as an alias, or set 'mentioned: false'",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AF2007_mentioned_true_written_out_is_checked_like_the_default()
    {
        var run = Run(With("    name: Alice Smith\n", "    name: Alice Smyth\n    mentioned: true\n"));
        Single(run, "AF2007", 14, 11, "none of 'Alice Smyth'");
    }

    [Fact]
    public void AF2007_name_inside_a_longer_word_is_not_a_mention()
    {
        var text = ArticleText.Replace("Alice Smith said", "Alice Smithson said").Replace("to Alice Smith.", "to Alice Smithson.");
        var run = Run(With("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: Acme Corp shipped 12 crates to Alice Smithson"), text);
        Single(run, "AF2007", 14, 11, "none of 'Alice Smith' occurs there");
    }

    [Fact]
    public void AF2007_near_miss_hyphen_and_possessive_are_word_boundaries()
    {
        var text = ArticleText.Replace("Alice Smith said", "Alice Smith-supplied notes said").Replace("to Alice Smith.", "to Alice Smith's team.");
        Run(With("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: Acme Corp shipped 12 crates to Alice Smith's team"), text).AssertClean();
    }

    [Fact]
    public void AF2007_near_miss_mentioned_false_and_mentioned_only_in_the_footer()
    {
        var yaml = With("    name: Acme Corp", "    name: Acme News Network\n    aliases: [Acme News]\n    mentioned: false");
        Run(yaml).AssertClean();
    }

    [Fact]
    public void AF4001_entity_used_by_no_fact_is_a_warning_at_its_id()
    {
        var yaml = With("  alice:\n", "  bob:\n    type: person\n    name: Acme\n    part_of: acme\n  alice:\n");
        var run = Run(yaml);
        Single(run, "AF4001", 12, 3, "The entity 'bob' is used by no fact", DiagnosticSeverity.Warning);
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void AF4001_near_miss_the_publisher_counts_as_a_use()
    {
        // acme is used only as publisher (and as a role's 'of', which does not count) once the claim no longer names it.
        var yaml = ValidYaml.Replace("participants: [acme, alice]", "participants: [alice]");
        Run(yaml).AssertClean();
    }

    [Fact]
    public void AF4001_is_not_reported_while_the_publisher_is_undefined()
    {
        var run = Run(With("publisher: acme", "publisher: acme_news").Replace("participants: [acme, alice]", "participants: [alice]"));
        Assert.Equal(new[] { "AF2003" }, run.FactsDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void AF4002_uncovered_quotation_is_a_warning_in_the_text_file()
    {
        var text = ArticleText.Replace("Acme Corp agreed", "Acme Corp wrote \u201Cfine\u201D and agreed");
        var d = Single(Run(ValidYaml, text), "AF4002", 1, 62, "The quotation \u201Cfine\u201D at 1:62 is covered by no quote: add a quote with text \"fine\"", DiagnosticSeverity.Warning, TextPath);
        Assert.Equal(TextPath, d.Location.GetLineSpan().Path);
    }

    [Fact]
    public void AF4002_near_miss_apostrophes_are_not_quotation_marks()
    {
        var text = ArticleText.Replace("Acme Corp agreed", "the bridge\u2019s owner and Korea's Acme Corp agreed");
        Run(ValidYaml, text).AssertClean();
    }

    [Fact]
    public void AF4002_near_miss_quotation_nested_in_a_covered_one()
    {
        var text = ArticleText.Replace("\"ready to go.\"", "\"ready to \u2018go\u2019.\"");
        Run(With("text: ready to go", "text: ready to \u2018go\u2019"), text).AssertClean();
    }

    [Fact]
    public void AF4002_straight_quote_after_a_letter_does_not_open_a_quotation()
    {
        var text = ArticleText.Replace("Acme Corp agreed", "Acme Corp's 12\" pipes agreed");
        Run(ValidYaml, text).AssertClean();
    }
}
