using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// The project settings the generator reads: the namespace of the generated code (MSBuild), and whether the project's
/// C# has UTF-8 literals (C# 11), in which the article texts are emitted; the accessibility of conventionally named
/// classes (<c>ArticleFactsVisibility</c>) and the catalogue's name (<c>ArticleFactsCatalogue</c>).
/// </summary>
/// <param name="ProjectDirectory">
/// The project's folder ('/'-separated), which hovers name facts files relative to and <c>[FactsFrom]</c> paths are
/// read against; null when unknown.
/// </param>
internal sealed record GeneratorSettings(string? Namespace, DiagnosticInfo? Problem, bool Utf8Literals = true, string? ProjectDirectory = null)
{
    public const string DefaultCatalogue = "Articles";

    /// <summary><c>public</c> or <c>internal</c>: the accessibility of the conventionally named classes.</summary>
    public string Visibility { get; init; } = "public";

    /// <summary>The conventional catalogue's namespace (null: <see cref="Namespace"/>) and name; null for none.</summary>
    public (string? Namespace, string Name)? Catalogue { get; init; } = (null, DefaultCatalogue);

    /// <summary>Invalid settings other than the namespace (AF0009), reported when the project has facts files.</summary>
    public EquatableArray<DiagnosticInfo> Problems { get; init; } = EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>Whether code in this language version may use UTF-8 string literals.</summary>
    public static bool HasUtf8Literals(ParseOptions options) =>
        options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp11;

    public static GeneratorSettings From(AnalyzerConfigOptions options) =>
        WithNaming(FromNamespace(options) with { ProjectDirectory = ProjectDirectoryOf(options) }, options);

    private static string? ProjectDirectoryOf(AnalyzerConfigOptions options) =>
        Read(options, "ProjectDir") is { } dir ? Text.PathText.Normalize(dir) : null;

    private static GeneratorSettings FromNamespace(AnalyzerConfigOptions options)
    {
        var fromProperty = options.TryGetValue("build_property.ArticleFactsNamespace", out var value) && !string.IsNullOrWhiteSpace(value);
        var ns = fromProperty ? value!.Trim()
            : options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() : null;
        if (ns is null || IsValid(ns))
        {
            return new GeneratorSettings(ns, null);
        }

        var property = fromProperty ? "ArticleFactsNamespace" : "RootNamespace";
        var problem = DiagnosticInfo.Create(
            Diagnostics.DiagnosticIds.InvalidSetting,
            null,
            $"The MSBuild property {property} is '{ns}', which is not a C# namespace (dot-separated identifiers, no keywords): set <ArticleFactsNamespace> to one");
        return new GeneratorSettings(null, problem);
    }

    /// <summary>ArticleFactsVisibility and ArticleFactsCatalogue; an unknown value is AF0009 and the default holds.</summary>
    private static GeneratorSettings WithNaming(GeneratorSettings settings, AnalyzerConfigOptions options)
    {
        var problems = new List<DiagnosticInfo>();
        var visibility = Read(options, "ArticleFactsVisibility") ?? "public";
        if (visibility is not ("public" or "internal"))
        {
            problems.Add(Invalid("ArticleFactsVisibility", visibility, "neither 'public' (the default) nor 'internal'"));
            visibility = "public";
        }

        var catalogue = settings.Catalogue;
        if (Read(options, "ArticleFactsCatalogue") is { } name)
        {
            if (name == "none")
            {
                catalogue = null;
            }
            else if (IsValid(name))
            {
                var dot = name.LastIndexOf('.');
                catalogue = dot < 0 ? (null, name) : (name.Substring(0, dot), name.Substring(dot + 1));
            }
            else
            {
                problems.Add(Invalid("ArticleFactsCatalogue", name, "not a class name ('Name' or 'Namespace.Name', no keywords) nor 'none'"));
            }
        }

        return settings with { Visibility = visibility, Catalogue = catalogue, Problems = problems.ToEquatableArray() };
    }

    private static DiagnosticInfo Invalid(string property, string value, string what) =>
        DiagnosticInfo.Create(Diagnostics.DiagnosticIds.InvalidSetting, null, $"The MSBuild property {property} is '{value}', which is {what}");

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValid(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part.StartsWith("@", System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
