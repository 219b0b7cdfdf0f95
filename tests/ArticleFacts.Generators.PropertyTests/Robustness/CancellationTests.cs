using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>
/// The pipeline steps observe their cancellation token: a cancelled build stops, even on a large input. No timer: a token
/// is either cancelled before the work, or cancelled from inside it by a source text on its N-th read, and "stops
/// promptly" is counted in the work done after the cancellation (reads, files, outputs), never in seconds.
/// Each loop's own check is shown in Generators.Tests' ComponentCancellationTests.
/// </summary>
public class CancellationTests
{
    private static readonly Lazy<(string Yaml, string Text)> Big = new(LargeInputTests.FiftyThousandFacts);

    /// <summary>The 50,000 facts parsed and paired with their text: the input of Validate.</summary>
    private static readonly Lazy<ArticleInput> BigInput = new(() =>
    {
        var (yaml, text) = Big.Value;
        var parsed = Pipeline.Parse(new SourceFile("data/big.facts.yaml", yaml), "data/big.facts.yaml", CancellationToken.None);
        return Pipeline.Pair(parsed, ImmutableArray.Create<SourceFile?>(new SourceFile("data/big.txt", text)));
    });

    [Fact]
    public void Parse_with_a_cancelled_token_throws()
    {
        var (yaml, _) = Big.Value;
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Parse(new SourceFile("data/big.facts.yaml", yaml), "data/big.facts.yaml", Cancelled()));
    }

    [Fact]
    public void Validate_with_a_cancelled_token_throws()
    {
        var input = BigInput.Value;
        Assert.NotNull(input.Facts.Document);
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Validate(input, Cancelled()));
    }

    [Fact]
    public void The_real_generator_run_with_a_cancelled_token_throws_operation_canceled()
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText(MiniArticle.YamlPath, MiniArticle.ValidYaml),
                new InMemoryAdditionalText(MiniArticle.TextPath, MiniArticle.ArticleText)));
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(CaseRunner.EmptyCompilation, Cancelled()));
    }

    [Fact]
    public void The_generator_cancelled_while_reading_a_large_facts_file_reads_no_article_text()
    {
        // Uncancelled, the same files generate the article and read each file exactly once.
        var (uncancelled, _) = Files(cancelAt: null);
        var driver = Driver(uncancelled).RunGenerators(CaseRunner.EmptyCompilation);
        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Articles.g.cs", "Mini.g.cs", "Zz.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal));
        Assert.All(uncancelled, f => Assert.Equal(1, f.Opened));
        var fullRead = uncancelled[0].Reads;
        Assert.True(fullRead > 10, $"the facts file is read in {fullRead} chunks");

        // Cancelled by the facts file's own tenth read: it is read to its end (into one string). The read step finishes
        // its batch (the other facts file, one read: Roslyn does not check the token between the items of a step), then
        // parsing checks the token and the run stops: no article text is read, as the texts are only read for pairing.
        using var source = new CancellationTokenSource();
        var (files, facts) = Files(source);
        var cancelled = Driver(files);
        Assert.ThrowsAny<OperationCanceledException>(() => cancelled.RunGenerators(CaseRunner.EmptyCompilation, source.Token));
        Assert.True(source.IsCancellationRequested);
        Assert.Equal(fullRead, facts.Reads);
        Assert.All(files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)), f => Assert.Equal(0, f.Reads));
        Assert.All(files.Where(f => f != facts && f.Path.EndsWith(".yaml", StringComparison.Ordinal)), f => Assert.Equal(1, f.Reads));
    }

    /// <summary>
    /// The mini article's facts file made large by a YAML comment of about 4 MB (many reads), first; its text and a second
    /// article after it. The large file cancels <paramref name="cancelAt"/> on its tenth read.
    /// </summary>
    private static (CountingAdditionalText[] Files, CountingAdditionalText Large) Files(CancellationTokenSource? cancelAt)
    {
        var comment = string.Concat(Enumerable.Repeat("# " + new string('x', 78) + "\n", 50_000));
        var large = new CountingAdditionalText(MiniArticle.YamlPath, MiniArticle.ValidYaml + "\n" + comment, cancelAt, cancelAtRead: 10);
        var files = new[]
        {
            large,
            new CountingAdditionalText(MiniArticle.TextPath, MiniArticle.ArticleText),
            new CountingAdditionalText("data/zz.facts.yaml", MiniArticle.ValidYaml.Replace("id: mini", "id: zz", StringComparison.Ordinal)),
            new CountingAdditionalText("data/zz.txt", MiniArticle.ArticleText),
        };
        return (files, large);
    }

    private static GeneratorDriver Driver(CountingAdditionalText[] files) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            files.Cast<AdditionalText>().ToImmutableArray(),
            CaseRunner.ParseOptions,
            new HarnessOptions { RootNamespace = null }.CreateOptionsProvider());

    private static CancellationToken Cancelled() => new(canceled: true);
}
