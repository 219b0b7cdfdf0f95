using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ArticleFacts.Generators;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ArticleFacts.Benchmarks.Infrastructure;

/// <summary>The generator's inputs as a build hands them over: in-memory additional files, MSBuild properties, a compilation.</summary>
public static class GeneratorSetup
{
    /// <summary>The namespace of the generated code in every benchmark.</summary>
    public const string Namespace = "Bench.Facts";

    /// <summary>C# 12 (the .NET 8 SDK's default, the oldest compiler the generator supports); doc comments parsed, as the IDE does.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Parse);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(FactSheet).Assembly.Location))
            .ToImmutableArray());

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The seed article of the repository: data/nk_fm_visit.facts.yaml and its text, beside the assembly.</summary>
    public static IReadOnlyList<(string Path, string Text)> SeedFiles() =>
        new[] { "data/nk_fm_visit.facts.yaml", "data/nk_fm_visit.txt" }
            .Select(p => (p, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, p))))
            .ToList();

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
        files.Select(f => (AdditionalText)new MemoryText(f.Path, f.Text)).ToImmutableArray();

    /// <summary>A library of <paramref name="sources"/> (one file each, <c>Source0.cs</c>, ...).</summary>
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Bench",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, $"Source{i}.cs", Encoding.UTF8)),
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true,
                // The SDK's default NoWarn: the runtime model targets .NET 8, the references are .NET 10's.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    /// <summary>A fresh driver holding <paramref name="texts"/>, as the compiler creates it for a build.</summary>
    public static GeneratorDriver Driver(ImmutableArray<AdditionalText> texts, string ns = Namespace, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { NewGenerator() },
            texts,
            ParseOptions,
            new Options(ns),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>
    /// The generator of this build; or, when <c>ARTICLEFACTS_BENCH_GENERATOR</c> names another build's
    /// <c>ArticleFacts.Generators.dll</c>, that one, loaded beside it, so that two builds are profiled by the same harness
    /// (docs/benchmarks.md, "Reproduce").
    /// </summary>
    public static ISourceGenerator NewGenerator()
    {
        var path = Environment.GetEnvironmentVariable("ARTICLEFACTS_BENCH_GENERATOR");
        if (string.IsNullOrEmpty(path))
        {
            return new FactsGenerator().AsSourceGenerator();
        }

        var assembly = OtherBuild.Value.LoadFromAssemblyPath(System.IO.Path.GetFullPath(path));
        var type = assembly.GetType(typeof(FactsGenerator).FullName!, throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    }

    // Roslyn and YamlDotNet come from this process (the load context falls back to the default one); only the generator differs.
    private static readonly Lazy<System.Runtime.Loader.AssemblyLoadContext> OtherBuild = new(() => new System.Runtime.Loader.AssemblyLoadContext("other generator build"));

    /// <summary>
    /// <see cref="FactsAnalyzer"/> over <paramref name="compilation"/> and <paramref name="texts"/>, as a build runs it beside the
    /// generator: each facts file's checks, reported. An exception in the analyzer is thrown.
    /// </summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ImmutableArray<AdditionalText> texts, string ns = Namespace)
    {
        Exception? thrown = null;
        var analyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new FactsAnalyzer()),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts, new Options(ns)), (e, _, _) => thrown ??= e, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = analyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return thrown is null ? diagnostics : throw new InvalidOperationException("FactsAnalyzer threw: " + thrown, thrown);
    }

    /// <summary>The same driver with other MSBuild properties.</summary>
    public static GeneratorDriver WithNamespace(GeneratorDriver driver, string ns) => driver.WithUpdatedAnalyzerConfigOptions(new Options(ns));

    /// <summary>An additional file held in memory.</summary>
    public sealed class MemoryText(string path, SourceText text) : AdditionalText
    {
        public MemoryText(string path, string text)
            : this(path, SourceText.From(text, Encoding.UTF8))
        {
        }

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>The global MSBuild properties the generator reads; no per-file options.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Global _global;

        public Options(string ns) => _global = new Global(ns);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Global.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Global.None;

        private sealed class Global : AnalyzerConfigOptions
        {
            public static readonly Global None = new(null);

            private readonly string? _namespace;

            public Global(string? ns) => _namespace = ns;

            public override bool TryGetValue(string key, out string value)
            {
                value = _namespace ?? string.Empty;
                return _namespace is not null && key == "build_property.ArticleFactsNamespace";
            }
        }
    }
}
