using System;
using System.Linq;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>An article whose text changes under an unchanged facts file: offsets follow, the facts file is not re-parsed.</summary>
public class TextChangeTests
{
    [Fact]
    public void Editing_the_text_regenerates_with_the_new_offsets_and_no_reparse()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        run.AssertClean();
        var edited = run.RerunWithText(MiniArticle.TextPath, "Breaking: " + MiniArticle.ArticleText);
        edited.AssertClean();
        Incrementality.AssertStepReasons(edited, TrackingNames.Parsed, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Incrementality.AssertStepReasons(edited, TrackingNames.Validated, IncrementalStepRunReason.Modified);
        var source = edited.Source("Mini.g.cs");
        Assert.Contains("\"Breaking: Alice Smith said", source, StringComparison.Ordinal);

        // "ready to go" moved from offset 31 to 41 (column 32 to 42) with the ten new characters.
        Assert.Contains("\t31\t11\t1\t32\tready to go", EmittedData.LineOf(run.Source("Mini.g.cs"), "Quote", "q_ready"), StringComparison.Ordinal);
        Assert.Contains("\t41\t11\t1\t42\tready to go", EmittedData.LineOf(source, "Quote", "q_ready"), StringComparison.Ordinal);
    }

    [Fact]
    public void Breaking_the_text_reports_then_fixing_it_regenerates()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        var broken = run.RerunWithText(MiniArticle.TextPath, MiniArticle.ArticleText.Replace("ready to go", "ready to stop", StringComparison.Ordinal));
        Assert.Equal("AF1001", Assert.Single(broken.FactsDiagnostics).Id);

        // The quote whose words left the text is withheld (and the claim whose evidence it is); the article stays.
        var withheld = broken.Source("Mini.g.cs");
        Assert.Contains("[global::System.Obsolete(\"AF1001 at data/mini.facts.yaml(", withheld, StringComparison.Ordinal);
        Assert.Contains(" QReady => throw ", withheld, StringComparison.Ordinal);
        Assert.DoesNotContain(" QReady { get; }", withheld, StringComparison.Ordinal);
        var fixedAgain = broken.RerunWithText(MiniArticle.TextPath, MiniArticle.ArticleText);
        fixedAgain.AssertClean();
        Assert.Equal(run.Source("Mini.g.cs"), fixedAgain.Source("Mini.g.cs"));
    }

    [Fact]
    public void Converting_the_text_to_crlf_changes_nothing_downstream()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        var crlf = run.RerunWithText(MiniArticle.TextPath, MiniArticle.ArticleText.Replace("\n", "\r\n", StringComparison.Ordinal));
        Incrementality.AssertStepReasons(crlf, TrackingNames.TextFiles, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached);
        Assert.True(crlf.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).All(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Equal(run.Sources, crlf.Sources);
    }
}
