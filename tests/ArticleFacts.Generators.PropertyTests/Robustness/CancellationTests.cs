using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>The pipeline steps observe their cancellation token: a cancelled build stops promptly, even on a large input.</summary>
public class CancellationTests
{
    /// <summary>A small fraction of a full run (tens of seconds on a loaded CI machine), generous as test assemblies run in parallel on two cores.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    private static readonly Lazy<(string Yaml, string Text)> Big = new(LargeInputTests.FiftyThousandFacts);

    /// <summary>The 50,000 facts parsed and paired with their text: the input of Validate. The steps run once on the mini article first, so no timing includes the JIT.</summary>
    private static readonly Lazy<ArticleInput> BigInput = new(() =>
    {
        var mini = Pipeline.Parse(new SourceFile(MiniArticle.YamlPath, MiniArticle.ValidYaml), MiniArticle.YamlPath, CancellationToken.None);
        Pipeline.Validate(Pipeline.Pair(mini, ImmutableArray.Create<SourceFile?>(new SourceFile(MiniArticle.TextPath, MiniArticle.ArticleText))), CancellationToken.None);
        var (yaml, text) = Big.Value;
        var parsed = Pipeline.Parse(new SourceFile("data/big.facts.yaml", yaml), "data/big.facts.yaml", CancellationToken.None);
        return Pipeline.Pair(parsed, ImmutableArray.Create<SourceFile?>(new SourceFile("data/big.txt", text)));
    });

    [Fact]
    public void Parse_with_a_cancelled_token_throws_promptly()
    {
        _ = BigInput.Value;
        var (yaml, _) = Big.Value;
        var stopwatch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Parse(new SourceFile("data/big.facts.yaml", yaml), "data/big.facts.yaml", Cancelled()));
        Assert.True(stopwatch.Elapsed < Prompt, $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Validate_with_a_cancelled_token_throws_promptly()
    {
        var input = BigInput.Value;
        var stopwatch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Validate(input, Cancelled()));
        Assert.True(stopwatch.Elapsed < Prompt, $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Validate_cancelled_midway_through_a_large_article_stops_promptly()
    {
        // Checking 50,000 facts takes seconds; cancelled after 200 ms, it stops well before it would finish.
        var input = BigInput.Value;
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var stopwatch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Validate(input, source.Token));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"stopped after {stopwatch.Elapsed}");
    }

    [Fact]
    public void The_real_generator_run_with_a_cancelled_token_throws_operation_canceled()
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
                new ArticleFacts.Generators.Tests.Infrastructure.InMemoryAdditionalText(MiniArticle.YamlPath, MiniArticle.ValidYaml),
                new ArticleFacts.Generators.Tests.Infrastructure.InMemoryAdditionalText(MiniArticle.TextPath, MiniArticle.ArticleText)));
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(CaseRunner.EmptyCompilation, Cancelled()));
    }

    private static CancellationToken Cancelled() => new(canceled: true);
}
