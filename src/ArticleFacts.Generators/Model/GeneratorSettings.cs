using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// The project settings the generator reads: the namespace of the generated code (MSBuild), and whether the project's
/// C# has UTF-8 literals (C# 11), in which the article texts are emitted.
/// </summary>
/// <param name="ProjectDirectory">The project's folder ('/'-separated), which hovers name facts files relative to; null when unknown.</param>
internal sealed record GeneratorSettings(string? Namespace, DiagnosticInfo? Problem, bool Utf8Literals = true, string? ProjectDirectory = null)
{
    /// <summary>Whether code in this language version may use UTF-8 string literals.</summary>
    public static bool HasUtf8Literals(ParseOptions options) =>
        options is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp11;

    public static GeneratorSettings From(AnalyzerConfigOptions options) =>
        FromNamespace(options) with { ProjectDirectory = ProjectDirectoryOf(options) };

    private static string? ProjectDirectoryOf(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_property.ProjectDir", out var dir) && !string.IsNullOrWhiteSpace(dir) ? Text.PathText.Normalize(dir.Trim()) : null;

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
