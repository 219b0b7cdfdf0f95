using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;
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

        // Nothing is declared with [FactsFrom] or [FactsCatalogue]: those steps have nothing to track.
        var declarationSteps = new[] { TrackingNames.Declarations, TrackingNames.CatalogueDeclarations };
        Assert.Equal(Incrementality.TrackingNames.Except(declarationSteps).OrderBy(n => n), Incrementality.TrackedSteps(second).Keys.OrderBy(n => n));
    }

    [Fact]
    public void Unrelated_csharp_edit_leaves_declared_classes_cached_or_unchanged()
    {
        var options = new HarnessOptions
        {
            Sources = new[]
            {
                $"namespace Lib {{ [ArticleFacts.FactsFrom(\"{SeedData.YamlPath}\")] internal static partial class Seed {{ }} }}",
                "namespace Lib { [ArticleFacts.FactsCatalogue] internal static partial class Catalogue { } }",
            },
        };
        var (first, second) = Incrementality.AssertIncremental(options, SeedData.Files());
        Assert.Equal(new[] { "Articles.g.cs", "Lib.Seed.facts.g.cs" }, first.Sources.Keys);
        Assert.Equal(Incrementality.TrackingNames.OrderBy(n => n), Incrementality.TrackedSteps(second).Keys.OrderBy(n => n));
    }

    [Fact]
    public void Editing_a_declaration_re_emits_without_validating_again()
    {
        var options = new HarnessOptions { Sources = new[] { $"namespace Lib {{ [ArticleFacts.FactsFrom(\"{SeedData.YamlPath}\")] internal static partial class Seed {{ }} }}" } };
        var run = GeneratorHarness.Run(options, SeedData.Files());
        var renamed = run.Rerun(c => c.ReplaceSyntaxTree(c.SyntaxTrees.Single(), GeneratorHarness.ParseSource(options.Sources[0].Replace("class Seed", "class Renamed", StringComparison.Ordinal), "Source0.cs", options)));

        Incrementality.AssertStepReasons(renamed, TrackingNames.Validated, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(renamed, TrackingNames.Emitted, IncrementalStepRunReason.Modified);
        Assert.Equal(new[] { "Articles.g.cs", "Lib.Renamed.facts.g.cs" }, renamed.Sources.Keys);
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
    public void Editing_the_facts_file_of_one_of_several_articles_reparses_revalidates_and_reemits_that_article_alone()
    {
        var run = GeneratorHarness.Run(Minis());
        var edited = run.RerunWithText(MiniYamlPath(2), MiniYaml(2).Replace("statement: The plan is ready.", "statement: The plan is done.", StringComparison.Ordinal));

        foreach (var step in new[] { TrackingNames.Parsed, TrackingNames.Paired, TrackingNames.Validated, TrackingNames.Emitted })
        {
            AssertOnlyOneArticle(edited, step, "mini2", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        }

        AssertOnlyOneArticle(edited, TrackingNames.FactsFiles, "mini2", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(edited, TrackingNames.TextFiles, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(edited, TrackingNames.TextIndex, IncrementalStepRunReason.Cached);
        // The reworded claim changes nothing the catalogue reads: its summary is unchanged, the catalogue cached.
        AssertOnlyOneArticle(edited, TrackingNames.Summarized, "mini2", IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(edited, TrackingNames.Catalogue, IncrementalStepRunReason.Cached);
        Assert.Contains("The plan is done.", edited.Source("Mini2.g.cs"), StringComparison.Ordinal);
        Assert.Equal(run.Source("Mini3.g.cs"), edited.Source("Mini3.g.cs"));
    }

    [Fact]
    public void Renaming_one_of_several_articles_reruns_the_catalogue_and_keeps_the_others_cached()
    {
        var run = GeneratorHarness.Run(Minis());
        var edited = run.RerunWithText(MiniYamlPath(2), MiniYaml(2).Replace("id: mini_2", "id: mini_two", StringComparison.Ordinal));

        AssertOnlyOneArticle(edited, TrackingNames.Summarized, "mini2", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(edited, TrackingNames.Catalogue, IncrementalStepRunReason.Modified);
        Assert.Contains("MiniTwo", edited.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Mini2", edited.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.Equal(run.Source("Mini3.g.cs"), edited.Source("Mini3.g.cs"));
    }

    [Fact]
    public void Editing_the_text_of_one_of_several_articles_revalidates_and_reemits_that_article_alone()
    {
        var run = GeneratorHarness.Run(Minis());
        var edited = run.RerunWithText(MiniTextPath(3), MiniArticle.ArticleText.Replace("for the plan.", "for more.", StringComparison.Ordinal));

        AssertOnlyOneArticle(edited, TrackingNames.TextFiles, "mini3", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Incrementality.AssertStepReasons(edited, TrackingNames.TextIndex, IncrementalStepRunReason.Modified);
        Incrementality.AssertStepReasons(edited, TrackingNames.Parsed, IncrementalStepRunReason.Cached);
        // The other articles look their text up again and find the same one: unchanged, so not validated again.
        AssertOnlyOneArticle(edited, TrackingNames.Paired, "mini3", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged);
        AssertOnlyOneArticle(edited, TrackingNames.Validated, "mini3", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        AssertOnlyOneArticle(edited, TrackingNames.Emitted, "mini3", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Assert.Contains("for more.", edited.Source("Mini3.g.cs"), StringComparison.Ordinal);
        Assert.Equal(run.Source("Mini2.g.cs"), edited.Source("Mini2.g.cs"));
    }

    [Fact]
    public void Editing_a_text_that_no_article_reads_validates_and_emits_nothing()
    {
        var run = GeneratorHarness.Run(Minis().Append(("data/notes.txt", "Draft notes.")).ToArray());
        var edited = run.RerunWithText("data/notes.txt", "Draft notes, revised.");

        Incrementality.AssertCachedOrUnchanged(edited, TrackingNames.TextFiles, TrackingNames.TextIndex);
        AssertOnlyOneArticle(edited, TrackingNames.TextFiles, "notes", IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Assert.Equal(run.Sources, edited.Sources);
    }

    [Fact]
    public void Namespace_change_regenerates_every_one_of_several_articles_without_validating_again()
    {
        var run = GeneratorHarness.Run(Minis());
        var rerun = run.RerunWithOptions(run.Options with { ArticleFactsNamespace = "Other.Facts" });

        Incrementality.AssertStepReasons(rerun, TrackingNames.Settings, IncrementalStepRunReason.Modified);
        Incrementality.AssertStepReasons(rerun, TrackingNames.Emitted, IncrementalStepRunReason.Modified);
        Assert.Equal(Count, rerun.Result.TrackedSteps[TrackingNames.Emitted].Length);
        foreach (var step in new[] { TrackingNames.Parsed, TrackingNames.TextIndex, TrackingNames.Paired, TrackingNames.Validated })
        {
            Incrementality.AssertStepReasons(rerun, step, IncrementalStepRunReason.Cached);
        }

        // The catalogue reads the settings (a declared class may take a conventional name): recomputed, equal, so nothing downstream of it runs.
        Incrementality.AssertStepReasons(rerun, TrackingNames.Catalogue, IncrementalStepRunReason.Unchanged);

        Assert.All(Enumerable.Range(0, Count), i => Assert.Contains("namespace Other.Facts\n", rerun.Source($"Mini{i}.g.cs"), StringComparison.Ordinal));
        Assert.Contains("namespace Other.Facts\n", rerun.Source("Articles.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_an_article_leaves_the_others_cached()
    {
        var run = GeneratorHarness.Run(Minis());
        var added = run.RerunWithText(MiniYamlPath(Count), MiniYaml(Count)).RerunWithText(MiniTextPath(Count), MiniArticle.ArticleText);

        AssertOnlyOneArticle(added, TrackingNames.Validated, "mini" + Count, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached);
        Assert.Contains($"Mini{Count}.g.cs", added.Sources.Keys);
        Assert.Contains($"global::TestProject.Mini{Count}.Facts", added.Source("Articles.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_objects()
    {
        Incrementality.AssertNoRoslynObjects(MiniArticle.Run(MiniArticle.ValidYaml));
    }

    private const int Count = 5;

    private static string MiniYamlPath(int i) => $"data/mini{i}.facts.yaml";

    private static string MiniTextPath(int i) => $"data/mini{i}.txt";

    private static string MiniYaml(int i) => MiniArticle.With("id: mini", $"id: mini_{i}");

    /// <summary><see cref="Count"/> valid copies of the mini article, <c>mini0</c> to <c>mini4</c>, each with its own text.</summary>
    private static (string Path, string Text)[] Minis() =>
        Enumerable.Range(0, Count).SelectMany(i => new[] { (MiniYamlPath(i), MiniYaml(i)), (MiniTextPath(i), MiniArticle.ArticleText) }).ToArray();

    /// <summary>
    /// Fails unless, of the outputs of <paramref name="step"/>, the one of the file named <paramref name="stem"/>
    /// (<c>mini2</c> for data/mini2.facts.yaml, data/mini2.txt, Mini2.g.cs) has <paramref name="edited"/> and all others <paramref name="others"/>.
    /// </summary>
    private static void AssertOnlyOneArticle(GeneratorRun run, string step, string stem, IncrementalStepRunReason edited, IncrementalStepRunReason others)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(step, out var runs), $"Step '{step}' did not run.");
        var outputs = runs.SelectMany(r => r.Outputs).Select(o => (Stem: Stem(o.Value), o.Reason)).ToList();
        Assert.Single(outputs, o => o.Stem == stem);
        var wrong = outputs.Where(o => o.Reason != (o.Stem == stem ? edited : others)).Select(o => $"{o.Stem}: {o.Reason}").ToList();
        Assert.True(wrong.Count == 0, $"Step '{step}': expected {stem} {edited} and the others {others}, got {string.Join(", ", outputs.Select(o => $"{o.Stem} {o.Reason}"))}");
    }

    /// <summary>The file name of a step output without folder and extensions, lower case: which article it belongs to.</summary>
    private static string Stem(object? value)
    {
        var path = value switch
        {
            ValueTuple<SourceFile?, string> read => read.Item2,
            SourceFile text => text.Path,
            ParsedFacts parsed => parsed.Path,
            ArticleInput input => input.Facts.Path,
            ArticleResult result => result.Path,
            ArticleSummary summary => summary.Path,
            EmittedSource source => source.HintName,
            _ => throw new InvalidOperationException($"No article in a step output of type {value?.GetType().Name ?? "null"}"),
        };
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name[..name.IndexOf('.', StringComparison.Ordinal)].ToLowerInvariant();
    }
}
