using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
#if !ROSLYN48
using Basic.Reference.Assemblies;
#endif
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>The inputs of one generator run besides the additional files. Every property has a realistic default.</summary>
public sealed record HarnessOptions
{
    /// <summary>
    /// <c>build_property.ArticleFactsNamespace</c>. Default <c>""</c>: what MSBuild gives a compiler-visible property
    /// that the project does not set. <see langword="null"/> leaves the key out altogether.
    /// </summary>
    public string? ArticleFactsNamespace { get; init; } = "";

    /// <summary><c>build_property.RootNamespace</c>; <see langword="null"/> leaves the key out. Default <c>TestProject</c>.</summary>
    public string? RootNamespace { get; init; } = "TestProject";

    /// <summary>Further global analyzer options (full keys, e.g. <c>build_property.Foo</c>); these win over the two above.</summary>
    public IReadOnlyDictionary<string, string> GlobalOptions { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Per-file analyzer options, by additional-text or syntax-tree path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FileOptions { get; init; } =
        ImmutableDictionary<string, IReadOnlyDictionary<string, string>>.Empty;

    /// <summary>Extra C# sources of the compilation, named <c>Source0.cs</c>, <c>Source1.cs</c>, ...</summary>
    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();

    /// <summary>The assembly name of the compilation. Default <c>TestProject</c>.</summary>
    public string AssemblyName { get; init; } = "TestProject";

    /// <summary>
    /// C# version the generated code must compile under. Default C# 12: the generator is built for
    /// every compiler from the .NET 8 SDK on, whose default language version is 12.
    /// </summary>
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.CSharp12;

    /// <summary>Default <see cref="DocumentationMode.Diagnose"/>, so missing XML docs on generated public API warn (CS1591).</summary>
    public DocumentationMode DocumentationMode { get; init; } = DocumentationMode.Diagnose;

    /// <summary>Throw (with the generator's stack trace) when the generator itself throws. Default true.</summary>
    public bool ThrowOnGeneratorException { get; init; } = true;

    /// <summary>The parse options these settings stand for.</summary>
    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode);

    /// <summary>The analyzer options these settings stand for.</summary>
    public InMemoryAnalyzerConfigOptionsProvider CreateOptionsProvider()
    {
        var global = new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer);
        if (ArticleFactsNamespace is not null)
        {
            global["build_property.ArticleFactsNamespace"] = ArticleFactsNamespace;
        }

        if (RootNamespace is not null)
        {
            global["build_property.RootNamespace"] = RootNamespace;
        }

        foreach (var pair in GlobalOptions)
        {
            global[pair.Key] = pair.Value;
        }

        return new InMemoryAnalyzerConfigOptionsProvider(global, FileOptions);
    }
}

/// <summary>Runs <see cref="FactsGenerator"/> over in-memory inputs, the way the compiler does in a build.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(
#if ROSLYN48
        // The Roslyn 4.8 leg (tests/ArticleFacts.Generators.Roslyn48Tests): Basic.Reference.Assemblies needs a newer Roslyn.
        () => FrameworkReferences.All
#else
        () => Net100.References.All.Cast<MetadataReference>()
#endif
            .Append(MetadataReference.CreateFromFile(typeof(ArticleFacts.FactSheet).Assembly.Location))
            .ToImmutableArray(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The .NET 10 reference assemblies and the ArticleFacts runtime model.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Runs the generator over the given additional files with default <see cref="HarnessOptions"/>.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(new HarnessOptions(), files);

    /// <summary>Runs the generator over the given additional files.</summary>
    public static GeneratorRun Run(HarnessOptions options, params (string Path, string Text)[] files) =>
        Run(options, files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray());

    /// <summary>Runs the generator over the given additional texts (an unreadable one, say).</summary>
    public static GeneratorRun Run(HarnessOptions options, ImmutableArray<AdditionalText> texts)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FactsGenerator().AsSourceGenerator() },
            texts,
            options.ParseOptions,
            options.CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return Execute(driver, CreateCompilation(options), texts, options);
    }

    /// <summary>A library compilation of <see cref="HarnessOptions.Sources"/> against <see cref="References"/>, nullable enabled.</summary>
    public static CSharpCompilation CreateCompilation(HarnessOptions options)
    {
        var trees = options.Sources.Select((source, i) => ParseSource(source, $"Source{i}.cs", options));
        return CSharpCompilation.Create(
            options.AssemblyName,
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                // The SDK's default NoWarn.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    /// <summary>Parses C# with the parse options of <paramref name="options"/>.</summary>
    public static SyntaxTree ParseSource(string source, string path, HarnessOptions options) =>
        CSharpSyntaxTree.ParseText(source, options.ParseOptions, path, Encoding.UTF8);

    /// <summary>
    /// Runs <paramref name="driver"/> (fresh, or one returned by an earlier run) over <paramref name="compilation"/>.
    /// <paramref name="texts"/> must be the additional texts the driver now holds.
    /// </summary>
    public static GeneratorRun Execute(GeneratorDriver driver, CSharpCompilation compilation, ImmutableArray<AdditionalText> texts, HarnessOptions options)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = new GeneratorRun(driver, compilation, output, generatorDiagnostics, Analyze(compilation, texts, options), texts, options);
        if (options.ThrowOnGeneratorException && run.Result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw: " + exception, exception);
        }

        return run;
    }

    /// <summary>
    /// Runs <see cref="FactsAnalyzer"/> over <paramref name="compilation"/> and <paramref name="texts"/>, as a build does beside
    /// the generator: the diagnostics of each facts file's checks. An exception in the analyzer fails the test.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<AdditionalText> texts, HarnessOptions options)
    {
        Exception? thrown = null;
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new FactsAnalyzer()),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(texts, options.CreateOptionsProvider()),
                onAnalyzerException: (exception, _, _) => thrown ??= exception,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return thrown is null ? diagnostics : throw new InvalidOperationException("FactsAnalyzer threw: " + thrown, thrown);
    }
}

/// <summary>The outcome of one generator run.</summary>
public sealed class GeneratorRun
{
    internal GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics, ImmutableArray<AdditionalText> texts, HarnessOptions options)
    {
        Driver = driver;
        InputCompilation = input;
        OutputCompilation = output;
        ReportedByGenerator = generatorDiagnostics;
        ReportedByAnalyzer = analyzerDiagnostics;
        FactsDiagnostics = analyzerDiagnostics.AddRange(generatorDiagnostics);
        AdditionalTexts = texts;
        Options = options;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        Sources = Result.GeneratedSources.ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var generatedTrees = Result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableHashSet();

        // Compiled on first use: most diagnostic tests never look, and compiling is most of a run's cost.
        _compilationDiagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => CompilationSwitch.Skipped
            ? ImmutableArray<Diagnostic>.Empty
            : output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray());
        _generatedCodeDiagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => CompilationDiagnostics.Where(d => d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToImmutableArray());
    }

    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics;
    private readonly Lazy<ImmutableArray<Diagnostic>> _generatedCodeDiagnostics;

    /// <summary>The driver after this run: rerun it for incrementality tests.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The compilation the generator ran over.</summary>
    public CSharpCompilation InputCompilation { get; }

    /// <summary>The input compilation plus the generated sources.</summary>
    public Compilation OutputCompilation { get; }

    /// <summary>The driver's run result (all generators).</summary>
    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The run result of <see cref="FactsGenerator"/>: tracked steps, sources, exception.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>
    /// The ArticleFacts diagnostics a build reports: <see cref="ReportedByAnalyzer"/> (each facts file's checks) and then
    /// <see cref="ReportedByGenerator"/> (what concerns the project as a whole, or CS8785 when the generator threw).
    /// </summary>
    public ImmutableArray<Diagnostic> FactsDiagnostics { get; }

    /// <summary>What <see cref="FactsAnalyzer"/> reported: every diagnostic of parsing and checking each facts file.</summary>
    public ImmutableArray<Diagnostic> ReportedByAnalyzer { get; }

    /// <summary>What <see cref="FactsGenerator"/> reported: collisions, declarations, settings, a text too long to compile.</summary>
    public ImmutableArray<Diagnostic> ReportedByGenerator { get; }

    /// <summary>Errors and warnings of the output compilation: the extra sources and the generated code.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    /// <summary>The part of <see cref="CompilationDiagnostics"/> located in generated code.</summary>
    public ImmutableArray<Diagnostic> GeneratedCodeDiagnostics => _generatedCodeDiagnostics.Value;

    /// <summary>Generated source text by hint name (e.g. <c>Articles.g.cs</c>), in ordinal order.</summary>
    public ImmutableSortedDictionary<string, string> Sources { get; }

    /// <summary>The additional texts the driver holds after this run.</summary>
    public ImmutableArray<AdditionalText> AdditionalTexts { get; }

    /// <summary>The options of this run.</summary>
    public HarnessOptions Options { get; }

    /// <summary>The generated source with hint name <paramref name="hintName"/>; fails listing the hint names there are.</summary>
    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out var text)
            ? text
            : throw new Xunit.Sdk.XunitException($"No generated source '{hintName}'. Generated: {(Sources.Count == 0 ? "(none)" : string.Join(", ", Sources.Keys))}.");

    /// <summary>The <see cref="FactsDiagnostics"/> formatted by <see cref="DiagnosticText.Format"/>, sorted.</summary>
    public IReadOnlyList<string> FactsDiagnosticLines => DiagnosticText.Lines(FactsDiagnostics);

    /// <summary>Fails, listing them, when the generator or the analyzer reported any diagnostic or the output compilation has any error or warning.</summary>
    public void AssertClean()
    {
        var all = FactsDiagnostics.Concat(CompilationDiagnostics).ToList();
        if (all.Count > 0)
        {
            Assert.Fail("Expected no diagnostics, got:\n" + DiagnosticText.FormatAll(all));
        }
    }
}

/// <summary>Formats diagnostics as <c>path(line,col): severity ID: message</c> (1-based, invariant culture).</summary>
public static class DiagnosticText
{
    /// <summary>One diagnostic, e.g. <c>data/x.facts.yaml(3,5): error AF0001: ...</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var span = diagnostic.Location.GetLineSpan();
        if (!span.IsValid)
        {
            return $"{severity} {diagnostic.Id}: {message}";
        }

        var start = span.StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({start.Line + 1},{start.Character + 1}): {severity} {diagnostic.Id}: {message}");
    }

    /// <summary>Each diagnostic formatted, sorted by path, position and id.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Format)
            .ToList();

    /// <summary>The <see cref="Lines"/>, one a line; <c>(none)</c> when empty.</summary>
    public static string FormatAll(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = Lines(diagnostics);
        return lines.Count == 0 ? "(none)" : string.Join("\n", lines);
    }
}

/// <summary>An additional file held in memory; its text is kept exactly (CRLF, a leading U+FEFF, ...).</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>Creates the file <paramref name="path"/> with content <paramref name="text"/>.</summary>
    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Analyzer options from dictionaries: global ones and per-file ones by path.</summary>
public sealed class InMemoryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

    /// <summary>Creates the provider.</summary>
    public InMemoryAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? files = null)
    {
        GlobalOptions = new InMemoryAnalyzerConfigOptions(global);
        _files = files ?? ImmutableDictionary<string, IReadOnlyDictionary<string, string>>.Empty;
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    private AnalyzerConfigOptions ForPath(string path) =>
        _files.TryGetValue(path, out var options) ? new InMemoryAnalyzerConfigOptions(options) : InMemoryAnalyzerConfigOptions.Empty;
}

/// <summary>Analyzer options from a dictionary, keys compared as the compiler does.</summary>
public sealed class InMemoryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _options;

    /// <summary>Creates the options.</summary>
    public InMemoryAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> options) =>
        _options = options.ToImmutableDictionary(KeyComparer);

    /// <summary>No options.</summary>
    public static InMemoryAnalyzerConfigOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => _options.Keys;
}
