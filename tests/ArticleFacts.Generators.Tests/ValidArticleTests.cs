using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;

namespace ArticleFacts.Generators.Tests;

public class ValidArticleTests
{
    [Fact]
    public void Mini_article_generates_cleanly_and_compiles_without_warnings()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        run.AssertClean();
        Assert.Equal(new[] { "Articles.g.cs", "Mini.g.cs" }, run.Sources.Keys.ToArray());
    }

    [Fact]
    public void Without_facts_files_nothing_is_generated()
    {
        var run = GeneratorHarness.Run(("data/notes.txt", "just text"));
        run.AssertClean();
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Namespace_comes_from_ArticleFactsNamespace_then_RootNamespace()
    {
        var custom = GeneratorHarness.Run(new HarnessOptions { ArticleFactsNamespace = "My.Facts" }, (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, MiniArticle.ArticleText));
        Assert.Contains("namespace My.Facts\n", custom.Source("Mini.g.cs"), System.StringComparison.Ordinal);
        var root = MiniArticle.Run(MiniArticle.ValidYaml);
        Assert.Contains("namespace TestProject\n", root.Source("Mini.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void One_broken_article_does_not_stop_another()
    {
        var broken = MiniArticle.With("id: mini", "id: other").Replace("text: ready to go", "text: ready to stop");
        var run = GeneratorHarness.Run(
            (MiniArticle.YamlPath, MiniArticle.ValidYaml),
            (MiniArticle.TextPath, MiniArticle.ArticleText),
            ("data/other.facts.yaml", broken),
            ("data/other.txt", MiniArticle.ArticleText));
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
        var diagnostic = Assert.Single(run.FactsDiagnostics);
        Assert.Equal("AF1001", diagnostic.Id);
        Assert.Equal("data/other.facts.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.CompilationDiagnostics);

        // The broken article is generated minus its misquote and what cites it; both are in the catalogue.
        var other = run.Source("Other.g.cs");
        Assert.Contains("[global::System.Obsolete(\"AF1001 at data/other.facts.yaml(", other, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Quote QReady => throw", other, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Claim CReady => throw", other, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Quantity QtyCrates { get; } = ", other, System.StringComparison.Ordinal);
        Assert.Contains("global::TestProject.Mini.Facts, global::TestProject.Other.Facts", run.Source("Articles.g.cs"), System.StringComparison.Ordinal);
    }
}

public class NameShadowingTests
{
    [Fact]
    public void Facts_named_like_sections_or_the_runtime_compile()
    {
        // An event called 'dates', a quote called 'entities', a date called 'article_facts': references stay unambiguous.
        var yaml = MiniArticle.ValidYaml
            .Replace("ev_shipment", "dates")
            .Replace("q_ready", "entities")
            .Replace("d_monday", "article_facts")
            .Replace("  acme:", "  system:").Replace(": acme", ": system").Replace("[acme, alice]", "[system, alice]");
        var run = MiniArticle.Run(yaml);
        run.AssertClean();
        Assert.Contains("public static global::ArticleFacts.Event Dates { get; }", run.Source("Mini.g.cs"), System.StringComparison.Ordinal);
    }
}
