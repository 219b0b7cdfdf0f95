using ArticleFacts.Generators.Tests.Infrastructure;

namespace ArticleFacts.Generators.Tests;

/// <summary>
/// The generated source, reviewed like code. On a change the test fails with a diff and writes a
/// <c>*.received.cs</c> beside the snapshot; accept with <c>ARTICLEFACTS_ACCEPT_SNAPSHOTS=1 dotnet test</c>.
/// </summary>
public class SnapshotGenerationTests
{
    [Fact]
    public void Seed_article()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { ArticleFactsNamespace = "ArticleFacts.Data" }, SeedData.Files());
        run.AssertClean();
        Snapshot.Match(run.Source("NkFmVisit.g.cs"), "NkFmVisit.g.cs");
        Snapshot.Match(run.Source("Articles.g.cs"), "Articles.g.cs");
    }

    [Fact]
    public void Mini_article_in_the_root_namespace()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        run.AssertClean();
        Snapshot.Match(run.Source("Mini.g.cs"), "Mini.g.cs");
    }

    [Fact]
    public void Declared_article_and_catalogue_classes()
    {
        var options = new HarnessOptions
        {
            Sources = new[]
            {
                """
                namespace Lib.News
                {
                    /// <summary>The outer type.</summary>
                    public partial class Outer
                    {
                        [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
                        internal static partial class Visit;
                    }

                    /// <summary>The catalogue.</summary>
                    [ArticleFacts.FactsCatalogue]
                    public static partial class Catalogue;
                }
                """,
            },
        };
        var run = GeneratorHarness.Run(options, (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, MiniArticle.ArticleText));
        run.AssertClean();

        // The article's members are the mini snapshot's: only its declarations and references differ.
        var article = run.Source("Lib.News.Outer.Visit.facts.g.cs");
        Snapshot.Match(article.Substring(0, article.IndexOf("    public static class Entities", System.StringComparison.Ordinal)), "Visit.head.cs");
        Snapshot.Match(run.Source("Articles.g.cs"), "Catalogue.g.cs");
    }

    /// <summary>The mini article with a misstated quantity: the quantity and the claim citing it are withheld members.</summary>
    [Fact]
    public void Mini_article_with_a_withheld_quantity()
    {
        var run = MiniArticle.Run(MiniArticle.With("value: 12", "value: 11"));
        Assert.Equal("AF3004", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Empty(run.GeneratedCodeDiagnostics);
        Snapshot.Match(run.Source("Mini.g.cs"), "Mini.g.cs");
    }
}
