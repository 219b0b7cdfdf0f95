using System.Collections.Immutable;
using System.IO;
using ArticleFacts.Benchmarks.Infrastructure;
using ArticleFacts.Generators;
using ArticleFacts.Generators.Model;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace ArticleFacts.Benchmarks.Generation;

/// <summary>
/// A build's first generator run over the seed and over 1, 100 and 1,000 synthetic articles, against
/// the floor: reading the same files and parsing the YAML with YamlDotNet alone (the baseline, ratio 1).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class FullRunBenchmarks
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;

    [Params(Corpora.Seed, "1", "100", "1000")]
    public string Corpus { get; set; } = Corpora.Seed;

    [GlobalSetup]
    public void Setup()
    {
        _texts = GeneratorSetup.Texts(Corpora.Files(Corpus));
        _compilation = GeneratorSetup.Compilation();
    }

    /// <summary>The floor: every file read as the generator reads it, every facts file through YamlDotNet's parser (events, no tree).</summary>
    [Benchmark(Baseline = true)]
    public int YamlDotNetParse()
    {
        var events = 0;
        foreach (var file in _texts)
        {
            var text = file.GetText()!.ToString();
            if (Pipeline.IsFactsFile(file.Path))
            {
                var parser = new YamlDotNet.Core.Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                    events++;
                }
            }
        }

        return events;
    }

    /// <summary>The same, loading each facts file into YamlDotNet's representation model (a tree, as the generator builds one).</summary>
    [Benchmark]
    public int YamlDotNetLoad()
    {
        var documents = 0;
        foreach (var file in _texts)
        {
            var text = file.GetText()!.ToString();
            if (Pipeline.IsFactsFile(file.Path))
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                documents += stream.Documents.Count;
            }
        }

        return documents;
    }

    /// <summary>The generator as the compiler runs it: a new driver, every step, every source added.</summary>
    [Benchmark]
    public GeneratorDriver Generator() => GeneratorSetup.Driver(_texts).RunGenerators(_compilation);

    /// <summary>
    /// <see cref="FactsAnalyzer"/> as the compiler runs it beside the generator: every facts file parsed and checked again,
    /// its diagnostics reported (a build pays this on top of <see cref="Generator"/>).
    /// </summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzer() => GeneratorSetup.Analyze(_compilation, _texts);

    /// <summary>The generator's own steps (read, parse, pair, validate, catalogue, emit), called directly, without the driver.</summary>
    [Benchmark]
    public int GeneratorSteps()
    {
        var facts = ImmutableArray.CreateBuilder<ParsedFacts>();
        var texts = ImmutableArray.CreateBuilder<SourceFile?>();
        foreach (var file in _texts)
        {
            if (Pipeline.IsFactsFile(file.Path))
            {
                facts.Add(Pipeline.Parse(Pipeline.Read(file, default), file.Path, default));
            }
            else if (Pipeline.IsTextFile(file.Path))
            {
                texts.Add(Pipeline.Read(file, default));
            }
        }

        var index = Pipeline.IndexTexts(texts.ToImmutable());
        var results = ImmutableArray.CreateBuilder<ArticleResult>(facts.Count);
        foreach (var parsed in facts)
        {
            results.Add(Pipeline.Validate(Pipeline.Pair(parsed, index), default));
        }

        var catalogue = Pipeline.Catalogue(results.ToImmutable());
        var settings = new GeneratorSettings(GeneratorSetup.Namespace, null);
        var characters = Pipeline.EmitCatalogue(catalogue, settings)!.Text.Length;
        foreach (var result in results)
        {
            characters += Pipeline.EmitArticle(result, catalogue.SkippedPaths, settings)?.Text.Length ?? 0;
        }

        return characters;
    }
}
