using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests;

/// <summary>The generator does no work that its inputs do not ask for.</summary>
public class IncrementalityTests
{
    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged()
    {
        var (first, second) = Incrementality.AssertIncremental(new HarnessOptions(), SeedData.Files());
        Assert.Contains("NkFmVisit.g.cs", first.Sources.Keys);
        Assert.Equal(Incrementality.TrackingNames.OrderBy(n => n), Incrementality.TrackedSteps(second).Keys.OrderBy(n => n));
    }

    [Fact]
    public void Editing_one_article_revalidates_it_and_caches_the_other()
    {
        var run = GeneratorHarness.Run(
            (MiniArticle.YamlPath, MiniArticle.ValidYaml),
            (MiniArticle.TextPath, MiniArticle.ArticleText),
            SeedData.Read(SeedData.YamlPath),
            SeedData.Read(SeedData.TextPath));
        var edited = run.RerunWithText(MiniArticle.YamlPath, MiniArticle.With("statement: The plan is ready.", "statement: The plan is done."));
        var validated = edited.Result.TrackedSteps[TrackingNames.Validated];
        Assert.Equal(2, validated.Length);
        var reasons = validated.Select(step => step.Outputs.Single().Reason).OrderBy(r => r).ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        Assert.Contains("The plan is done.", edited.Source("Mini.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_change_regenerates_every_article()
    {
        var run = GeneratorHarness.Run(SeedData.Files());
        var rerun = run.RerunWithOptions(run.Options with { ArticleFactsNamespace = "Other.Facts" });
        Incrementality.AssertStepReasons(rerun, TrackingNames.Settings, IncrementalStepRunReason.Modified);
        Assert.Contains("namespace Other.Facts\n", rerun.Source("NkFmVisit.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_objects()
    {
        Incrementality.AssertNoRoslynObjects(MiniArticle.Run(MiniArticle.ValidYaml));
    }
}
