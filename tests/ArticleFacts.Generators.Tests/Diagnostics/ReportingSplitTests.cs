using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>
/// Who reports what. A generator's error makes the compiler skip every method body, so the checks of a facts file are
/// reported by <see cref="FactsAnalyzer"/> (a build then also shows the CS0619 at a use of a withheld fact); the
/// generator reports only what concerns the project as a whole. No diagnostic is reported twice.
/// </summary>
public class ReportingSplitTests
{
    [Fact]
    public void A_misquote_is_reported_by_the_analyzer_once_and_not_by_the_generator()
    {
        var run = Run(With("text: ready to go", "text: words the article never says"));

        Assert.Empty(run.ReportedByGenerator);
        Assert.Equal("AF1001", Assert.Single(run.ReportedByAnalyzer).Id);
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void A_syntax_error_is_reported_by_the_analyzer_and_the_complete_facts_are_still_generated()
    {
        var run = Run(ValidYaml + "  q_half: [\n");

        Assert.Empty(run.ReportedByGenerator);
        Assert.Equal("AF0001", Assert.Single(run.ReportedByAnalyzer).Id);
        Assert.Contains("public static global::ArticleFacts.Quote QReady", run.Source("Mini.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_articles_with_one_class_name_are_reported_by_the_generator_which_decides_it()
    {
        var yaml = ValidYaml;
        var run = GeneratorHarness.Run((YamlPath, yaml), (TextPath, ArticleText), ("other/mini.facts.yaml", yaml), ("other/mini.txt", ArticleText));

        Assert.Empty(run.ReportedByAnalyzer);
        Assert.Equal("AF2002", Assert.Single(run.ReportedByGenerator).Id);
    }

    [Fact]
    public void No_diagnostic_is_reported_by_both_and_the_analyzer_declares_the_catalogue_s_ids()
    {
        var analyzer = new FactsAnalyzer();
        var supported = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        Assert.Contains("AF0001", supported);
        Assert.Contains("AF9999", supported);

        var run = Run(With("text: ready to go", "text: words the article never says").Replace("quantities:", "bogus: 1\nquantities:", System.StringComparison.Ordinal));
        var byGenerator = run.ReportedByGenerator.Select(d => (d.Id, d.Location.GetLineSpan()));
        Assert.Empty(run.ReportedByAnalyzer.Select(d => (d.Id, d.Location.GetLineSpan())).Intersect(byGenerator));
        Assert.NotEmpty(run.ReportedByAnalyzer);
    }
}
