using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>Inputs one step away from a defect that must stay clean (the rest sit beside their triggering tests).</summary>
public class NearMissTests
{
    [Fact]
    public void AF0002_every_documented_optional_key_is_known()
    {
        var yaml = With("    name: Acme Corp", "    name: Acme Corp\n    aliases: [Acme]\n    mentioned: true")
            .Replace("  published: \"2024-01-14\"", "  published: \"2024-01-14\"\n  title: Acme ships\n  language: en-GB\n  url: https://example.com/acme");
        Run(yaml).AssertClean();
    }

    [Fact]
    public void AF0003_optional_keys_may_be_left_out()
    {
        var yaml = With("    kind: partial\n", string.Empty).Replace("    tense: past\n", string.Empty).Replace("    cue: said\n", string.Empty);
        Run(yaml).AssertClean();
    }

    [Fact]
    public void AF0006_quoted_schema_is_the_same_text()
    {
        Run(With("schema: articlefacts/1", "schema: 'articlefacts/1'")).AssertClean();
    }

    [Fact]
    public void AF1001_anchor_with_curly_quotes_matches_curly_text()
    {
        var text = ArticleText.Replace("shipped 12 crates to Alice Smith.", "shipped 12 crates to Alice Smith\u2019s team.");
        Run(With("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: \"Acme Corp shipped 12 crates to Alice Smith\u2019s team\""), text).AssertClean();
    }

    [Fact]
    public void AF1003_words_also_in_the_footer_match_once_in_the_body()
    {
        // "the plan" is in the body once and in the footer once: only the body counts.
        var run = Run(With("evidence: Acme Corp shipped 12 crates to Alice Smith", "evidence: the plan"));
        run.AssertClean();
        Assert.Contains("\t17\t8\t1\t18\tthe plan\t", Infrastructure.EmittedData.Data(run.Source("Mini.g.cs")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF1004_markers_in_order_cut_the_body()
    {
        var yaml = With("    end_before: Subscribe to", "    start_after: \"Alice Smith said the plan was \"\n    end_before: Subscribe to")
            .Replace("    cue: said\n", string.Empty);
        var run = Run(yaml);
        Assert.Empty(run.FactsDiagnostics);
        // The article's line ends with its body: start, length, line, column.
        Assert.EndsWith("\t30\t87\t1\t31", Infrastructure.EmittedData.LineOf(run.Source("Mini.g.cs"), "Article", "mini"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF2001_same_ids_in_two_articles_are_fine()
    {
        var other = With("id: mini", "id: other");
        var run = GeneratorHarness.Run((YamlPath, ValidYaml), (TextPath, ArticleText), ("data/other.facts.yaml", other), ("data/other.txt", ArticleText));
        run.AssertClean();
        Assert.Contains("Other.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void AF2003_source_author_is_the_articles_own_voice()
    {
        Run(ValidYaml).AssertClean();
        Assert.Contains("source: author", ValidYaml, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF2004_a_country_may_be_an_events_place()
    {
        var yaml = With("    type: organization", "    type: country").Replace("    when: d_monday\n", "    place: acme\n    when: d_monday\n");
        Run(yaml).AssertClean();
    }
}
