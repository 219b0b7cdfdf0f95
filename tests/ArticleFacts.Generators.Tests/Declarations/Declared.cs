using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests.Declarations;

/// <summary>Runs the mini article in a project at <c>/proj/</c>, as a build gives the paths: absolute, with <c>ProjectDir</c>.</summary>
internal static class Declared
{
    public const string ProjectDir = "/proj/";
    public const string YamlPath = "/proj/data/mini.facts.yaml";
    public const string TextPath = "/proj/data/mini.txt";

    /// <summary>Runs <paramref name="source"/> as <c>Source0.cs</c>, after a first line that turns CS1591 off: its line 1 is line 2 there.</summary>
    public static GeneratorRun Run(string source, IReadOnlyDictionary<string, string>? properties = null, params string[] moreSources)
    {
        var options = new Dictionary<string, string> { ["build_property.ProjectDir"] = ProjectDir };
        foreach (var pair in properties ?? new Dictionary<string, string>())
        {
            options["build_property." + pair.Key] = pair.Value;
        }

        var harness = new HarnessOptions
        {
            GlobalOptions = options,
            // The user's own types need no doc comments here; the generated ones still do (CS1591 is checked in them).
            Sources = new[] { source }.Concat(moreSources).Select(s => "#pragma warning disable CS1591\n" + s).ToArray(),
        };
        return GeneratorHarness.Run(harness, (YamlPath, MiniArticle.ValidYaml), (TextPath, MiniArticle.ArticleText));
    }

    public static Dictionary<string, string> Property(string name, string value) => new() { [name] = value };

    /// <summary>The generated type by metadata name (<c>Lib.Outer`1+Visit</c>), failing when it does not exist.</summary>
    public static INamedTypeSymbol Type(GeneratorRun run, string metadataName) =>
        run.OutputCompilation.GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException($"No type '{metadataName}'. Generated: {string.Join(", ", run.Sources.Keys)}");

    /// <summary>The generator's diagnostics with this id.</summary>
    public static ImmutableArray<Diagnostic> Only(GeneratorRun run, string id)
    {
        Assert.True(run.FactsDiagnostics.All(d => d.Id == id), "Expected only " + id + ", got:\n" + DiagnosticText.FormatAll(run.FactsDiagnostics));
        return run.FactsDiagnostics;
    }
}
