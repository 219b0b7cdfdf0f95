using System.Linq;
using ArticleFacts.Generators.Tools;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Tools;

/// <summary>The tools read the format's facts from the build's own table: what the build rejects, they reject.</summary>
public class FormatFactsTests
{
    [Theory]
    [InlineData("mini")]
    [InlineData("articles")]
    [InlineData("a_rticles")]
    [InlineData("arti_cles")]
    [InlineData("article")]
    [InlineData("facts")]
    [InlineData("quantities")]
    [InlineData("all")]
    [InlineData("author")]
    [InlineData("system")]
    [InlineData("Mini")]
    [InlineData("2mini")]
    public void An_article_id_is_usable_for_init_exactly_when_the_build_accepts_it(string id)
    {
        var findings = FactsChecker.Check(YamlPath, With("  id: mini\n", $"  id: {id}\n"), path => path == TextPath ? ArticleText : null);
        Assert.Equal(findings.Count == 0, FactsText.IsUsableArticleId(id));
    }

    [Fact]
    public void ARTICLES_in_any_case_is_rejected_by_both()
    {
        // The catalogue's file is Articles.g.cs and hint names ignore case: 'a_rticles' (class ARticles) would clash.
        Assert.False(FactsText.IsUsableArticleId("a_rticles"));
        var finding = Assert.Single(FactsChecker.Check(YamlPath, With("  id: mini\n", "  id: a_rticles\n"), path => path == TextPath ? ArticleText : null));
        Assert.Equal(("AF2002", 3, 7), (finding.Id, finding.Line, finding.Column));
    }

    [Theory]
    [InlineData("data/x.facts.yaml", "data/x.txt")]
    [InlineData("data/X.FACTS.YAML", "data/X.txt")]
    [InlineData("data/x.Facts.Yaml", "data/x.txt")]
    [InlineData("data/x.yaml", "data/x.yaml.txt")]
    public void The_sibling_text_is_found_whatever_the_case_of_the_suffix(string facts, string text)
    {
        Assert.Equal(text, FactsText.SiblingText(facts));
        Assert.Equal(text, Text.PathText.TextPathFor(facts, null));
    }

    [Fact]
    public void The_sections_and_suffix_are_the_formats()
    {
        Assert.Equal(new[] { "entities", "events", "claims", "quotes", "quantities", "dates" }, FactsText.Sections);
        Assert.Equal(".facts.yaml", FactsText.FactsSuffix);
        Assert.True(Pipeline.IsFactsFile("a/B.FACTS.YAML"));
    }
}
