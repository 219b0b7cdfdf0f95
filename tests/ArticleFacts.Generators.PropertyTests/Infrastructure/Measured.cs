using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>The outcome of the generator's pipeline steps run directly on one thread, with what they cost.</summary>
internal sealed record Measured(ParsedFacts Parsed, ArticleResult Result, EmittedSource? Source, TimeSpan Elapsed, long AllocatedBytes)
{
    public bool HasErrors => Result.Diagnostics.Any(d => !Diagnostics.DiagnosticDescriptors.IsWarning(d.Id));

    public string[] Ids => Result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Runs Read (normalisation), Parse, Pair, Validate and Emit over a facts file and its text, as the generator does,
    /// timing them and counting the bytes this thread allocates.
    /// </summary>
    public static Measured Run(string yamlPath, string yaml, string textPath, string? text, CancellationToken cancellationToken = default)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var parsed = Pipeline.Parse(new SourceFile(PathText.Normalize(yamlPath), TextNormalizer.Normalize(yaml)), yamlPath, cancellationToken);
        var texts = text is null ? ImmutableArray<SourceFile?>.Empty : ImmutableArray.Create<SourceFile?>(new SourceFile(PathText.Normalize(textPath), TextNormalizer.Normalize(text)));
        var result = Pipeline.Validate(Pipeline.Pair(parsed, texts), cancellationToken);
        var source = Pipeline.EmitArticle(result, EquatableArray<string>.Empty, new GeneratorSettings("Measured", null));
        stopwatch.Stop();
        return new Measured(parsed, result, source, stopwatch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    /// <summary>One line for the test output and docs/quality.md.</summary>
    public string Report(string what, ITestOutputHelper output)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{what}: {Elapsed.TotalSeconds:0.00} s, {AllocatedBytes / 1048576.0:0} MiB allocated, generated {(Source is null ? "nothing" : $"{Source.Text.Length / 1048576.0:0.0} MiB of C#")}, diagnostics {string.Join(" ", Ids)}");
        output.WriteLine(line);
        Console.WriteLine(line);
        return line;
    }
}
