using System;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Benchmarks.Infrastructure;
using ArticleFacts.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Benchmarks.Generation;

/// <summary>
/// The runs that follow a first one, as the IDE makes them on every keystroke: after an edit to unrelated
/// C#, to one facts file, to one article text, and after a change of namespace (everything re-emitted).
/// Drivers are immutable, so each invocation reruns the same warm driver over the same edit.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class IncrementalBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _factsEdited = null!;
    private GeneratorDriver _textEdited = null!;
    private GeneratorDriver _namespaceChanged = null!;
    private GeneratorDriver _baselineWarm = null!;
    private GeneratorDriver _sourceBaselineWarm = null!;

    [Params(Corpora.Seed, "1000")]
    public string Corpus { get; set; } = Corpora.Seed;

    [GlobalSetup]
    public void Setup()
    {
        var texts = GeneratorSetup.Texts(Corpora.Files(Corpus));
        _compilation = GeneratorSetup.Compilation("namespace App { public static class Program { public static int Main() => 0; } }");
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal sealed class Edited { } }", GeneratorSetup.ParseOptions, "Edited.cs"));
        _warm = GeneratorSetup.Driver(texts).RunGenerators(_compilation);

        // The article in the middle of the corpus; its facts file and its text come in that order.
        var middle = (texts.Length / 4) * 2;
        _factsEdited = Replace(_warm, texts[middle], Edits.FactsFile(texts[middle].GetText()!.ToString()));
        _textEdited = Replace(_warm, texts[middle + 1], Edits.ArticleText(texts[middle + 1].GetText()!.ToString()));
        _namespaceChanged = GeneratorSetup.WithNamespace(_warm, "Bench.Renamed");
        _baselineWarm = CSharpGeneratorDriver.Create(new[] { new PerFileBaselineGenerator().AsSourceGenerator() }, texts, GeneratorSetup.ParseOptions)
            .RunGenerators(_compilation);
        _sourceBaselineWarm = CSharpGeneratorDriver.Create(new[] { new PerFileBaselineGenerator(addSources: true).AsSourceGenerator() }, texts, GeneratorSetup.ParseOptions)
            .RunGenerators(_compilation);
        if (Sources(_factsEdited.RunGenerators(_compilation)).SequenceEqual(Sources(_warm)) || Sources(_textEdited.RunGenerators(_compilation)).SequenceEqual(Sources(_warm)))
        {
            throw new InvalidOperationException("An edit did not change the generated code: the benchmark would measure nothing.");
        }
    }

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() => _warm.RunGenerators(_editedCompilation);

    /// <summary>The same edit under the least a generator with a step per additional file can be: Roslyn's own cost.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEditPerFileBaseline() => _baselineWarm.RunGenerators(_editedCompilation);

    /// <summary>The same, with one small source per additional file: what the driver spends on sources it keeps.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEditPerFileSourceBaseline() => _sourceBaselineWarm.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver EditOneFactsFile() => _factsEdited.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver EditOneArticleText() => _textEdited.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver NamespaceChange() => _namespaceChanged.RunGenerators(_compilation);

    private static GeneratorDriver Replace(GeneratorDriver driver, AdditionalText old, string text) =>
        driver.ReplaceAdditionalText(old, new GeneratorSetup.MemoryText(old.Path, text));

    private static ImmutableArray<string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()).ToImmutableArray();
}

/// <summary>
/// A generator that does nothing but has one transform per additional file and one output, as every generator that
/// reads files one by one must: what the driver spends on it for an unrelated edit is a floor for any such generator.
/// With <c>addSources</c>, it adds one small source per file, as a generator with an output per file does.
/// </summary>
public sealed class PerFileBaselineGenerator(bool addSources = false) : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var paths = context.AdditionalTextsProvider.Select(static (file, _) => file.Path);
        if (addSources)
        {
            context.RegisterSourceOutput(paths, static (spc, path) => spc.AddSource(
                System.IO.Path.GetFileName(path).Replace('.', '_') + ".g.cs",
                "// " + path + "\n"));
        }
        else
        {
            context.RegisterSourceOutput(paths, static (_, _) => { });
        }
    }
}

/// <summary>Edits a curator makes that keep an article valid and change its generated code.</summary>
public static class Edits
{
    /// <summary>Rewords the first claim statement of a facts file.</summary>
    public static string FactsFile(string yaml)
    {
        const string Key = "statement: ";
        var at = yaml.IndexOf(Key, StringComparison.Ordinal) + Key.Length;
        if (at < Key.Length)
        {
            throw new ArgumentException("The facts file has no claim statement", nameof(yaml));
        }

        if (yaml[at] == '"')
        {
            at++;
        }

        return yaml.Insert(at, "Reportedly, ");
    }

    /// <summary>Adds a line at the end of an article text, after the body (every article here ends its body before a footer).</summary>
    public static string ArticleText(string text) => text + "Edited.\n";
}
