using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>One generator run over one case: what it reported, what it generated and how long it took.</summary>
public sealed record CaseOutcome(
    string Namespace,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<(string HintName, string Text)> Sources,
    TimeSpan Elapsed)
{
    /// <summary>Whether the generator reported at least one error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>
/// Runs the real generator through a Roslyn driver, cheaply: one shared empty compilation (so reference metadata is
/// read once), no compilation of the output here. Compiling is <see cref="BatchCompiler"/>'s job, many cases at once.
/// </summary>
public static class CaseRunner
{
    private static readonly HarnessOptions BaseOptions = new() { RootNamespace = null };

    private static readonly Lazy<CSharpCompilation> Empty = new(() => GeneratorHarness.CreateCompilation(BaseOptions));

    /// <summary>The parse options of the generated code (C# 12, XML docs diagnosed).</summary>
    public static CSharpParseOptions ParseOptions => BaseOptions.ParseOptions;

    /// <summary>The compilation every case runs over (no sources, the .NET 10 references and the runtime model).</summary>
    public static CSharpCompilation EmptyCompilation => Empty.Value;

    /// <summary>
    /// Runs the generator over <paramref name="files"/>, generating into namespace <paramref name="ns"/>. Fails when the
    /// generator throws (CS8785 or an exception in the run result) or reports AF9999. The time is reported, never
    /// asserted: it depends on the machine's load (the benchmarks measure it: bench/, docs/benchmarks.md).
    /// </summary>
    public static CaseOutcome Run(string ns, IReadOnlyList<(string Path, string Text)> files)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = BaseOptions with { ArticleFactsNamespace = ns };
        var compilation = EmptyCompilation;
        var stopwatch = Stopwatch.StartNew();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options.CreateOptionsProvider());
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        stopwatch.Stop();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw: " + exception, exception);
        }

        // Each facts file's checks are reported by the analyzer, as in a build.
        var diagnostics = GeneratorHarness.Analyze(compilation, texts, options).AddRange(result.Diagnostics);
        var broken = diagnostics.Where(d => d.Id is "CS8785" or "AF9999").ToList();
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("The generator failed internally:\n" + DiagnosticText.FormatAll(broken));
        }

        var sources = result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
        return new CaseOutcome(ns, diagnostics, sources, stopwatch.Elapsed);
    }
}
