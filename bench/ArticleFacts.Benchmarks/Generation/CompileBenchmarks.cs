using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ArticleFacts.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleFacts.Benchmarks.Generation;

/// <summary>
/// What the emitted code costs the compiler: parse, bind and emit IL for the generated sources of 100 and
/// 1,000 articles (linear growth means the same time per article), and of one article ten times the usual
/// size (no deep nesting, so no stack overflow, and the same time per fact). Minutes per run: few iterations.
/// 1,000 articles fit one assembly because their texts are UTF-8 data, not string literals (the 16 MB limit of
/// the metadata's user-string heap, CS8103: docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class CompileBenchmarks
{
    private ImmutableArray<(string HintName, SourceText Text)> _sources;

    [Params("100", "1000", Corpora.Large)]
    public string Corpus { get; set; } = "100";

    [GlobalSetup]
    public void Setup()
    {
        var driver = GeneratorSetup.Driver(GeneratorSetup.Texts(Corpora.Files(Corpus))).RunGenerators(GeneratorSetup.Compilation());
        var result = driver.GetRunResult();
        if (!result.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The corpus is not valid: " + result.Diagnostics[0]);
        }

        _sources = result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToImmutableArray();
    }

    /// <summary>Parses the generated sources, compiles them with the runtime model, and emits the assembly.</summary>
    [Benchmark]
    public long Compile()
    {
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorSetup.ParseOptions, s.HintName));
        var compilation = GeneratorSetup.Compilation().AddSyntaxTrees(trees);
        using var peStream = new MemoryStream();
        var emitted = compilation.Emit(peStream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }

        return peStream.Length;
    }
}
