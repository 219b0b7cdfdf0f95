using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Tools;

/// <summary>
/// The build's checks of facts files, for tools outside the compiler (the <c>articlefacts check</c>
/// command): the generator's own parse, pair and validate steps, and across several files the
/// rule that two articles may not share a class name. Does no IO itself: files are read through the
/// given function, which returns null for a file that does not exist or cannot be read.
/// </summary>
public static class FactsChecker
{
    /// <summary>Every diagnostic the checker can report, in id order.</summary>
    public static IReadOnlyList<CheckRule> Rules { get; } = DiagnosticDescriptors.All
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .Select(d => new CheckRule(d.Id, d.Title.ToString(CultureInfo.InvariantCulture), d.Category, Severity(d.Id), d.HelpLinkUri))
        .ToList();

    /// <summary>
    /// Checks one facts file, <paramref name="yamlText"/> of <paramref name="yamlPath"/>, reading its
    /// article text (the path the facts name, '/'-separated) through <paramref name="readText"/>.
    /// </summary>
    /// <returns>The findings, sorted by file, position and id; empty for a clean file.</returns>
    public static IReadOnlyList<CheckFinding> Check(string yamlPath, string yamlText, Func<string, string?> readText)
    {
        if (yamlPath is null)
        {
            throw new ArgumentNullException(nameof(yamlPath));
        }

        if (readText is null)
        {
            throw new ArgumentNullException(nameof(readText));
        }

        var (result, _, _) = Validate(yamlPath, yamlText, readText, CancellationToken.None);
        return Findings(new[] { result }, Pipeline.Catalogue(ImmutableArray.Create(result)), yamlPath);
    }

    /// <summary>
    /// Checks several facts files together, as one compilation would: each is read through
    /// <paramref name="readText"/> like its article text, and two articles with the same class name
    /// are reported (AF2002) on every file after the first in ordinal path order.
    /// </summary>
    /// <param name="yamlPaths">The facts files.</param>
    /// <param name="readText">Reads a file; null when it does not exist or cannot be read.</param>
    /// <param name="onFile">Called before each file is checked, with its 0-based index.</param>
    /// <param name="cancellationToken">Stops the run between and inside files.</param>
    public static IReadOnlyList<CheckFinding> CheckAll(
        IReadOnlyList<string> yamlPaths, Func<string, string?> readText, Action<int, string>? onFile = null, CancellationToken cancellationToken = default)
    {
        if (yamlPaths is null)
        {
            throw new ArgumentNullException(nameof(yamlPaths));
        }

        if (readText is null)
        {
            throw new ArgumentNullException(nameof(readText));
        }

        return Findings(Run(yamlPaths, readText, onFile, cancellationToken).Results, yamlPaths.Count > 0 ? yamlPaths[0] : string.Empty);
    }

    /// <summary>Validates every file in order; with each result, the article text it was paired with (null when none was read).</summary>
    internal static (ImmutableArray<ArticleResult> Results, ImmutableArray<(string? Path, string? Text)> Texts) Run(
        IReadOnlyList<string> yamlPaths, Func<string, string?> readText, Action<int, string>? onFile, CancellationToken cancellationToken)
    {
        var results = ImmutableArray.CreateBuilder<ArticleResult>(yamlPaths.Count);
        var texts = ImmutableArray.CreateBuilder<(string? Path, string? Text)>(yamlPaths.Count);
        for (var i = 0; i < yamlPaths.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            onFile?.Invoke(i, yamlPaths[i]);
            var (result, textPath, text) = Validate(yamlPaths[i], readText(yamlPaths[i]), readText, cancellationToken);
            results.Add(result);
            texts.Add((textPath, text?.Text));
        }

        return (results.ToImmutable(), texts.ToImmutable());
    }

    /// <summary>The findings of <paramref name="results"/> and of the catalogue they make together, sorted.</summary>
    internal static IReadOnlyList<CheckFinding> Findings(ImmutableArray<ArticleResult> results, string fallbackPath) =>
        Findings(results, Pipeline.Catalogue(results), fallbackPath);

    private static (ArticleResult Result, string? TextPath, SourceFile? Text) Validate(string yamlPath, string? yamlText, Func<string, string?> readText, CancellationToken cancellationToken)
    {
        var path = PathText.Normalize(yamlPath);
        var file = yamlText is null ? null : new SourceFile(path, TextNormalizer.Normalize(yamlText));
        var parsed = Pipeline.Parse(file, yamlPath, cancellationToken);
        var texts = ImmutableArray<SourceFile?>.Empty;
        if (parsed.Document is not null && readText(parsed.TextPath) is { } text)
        {
            texts = ImmutableArray.Create<SourceFile?>(new SourceFile(parsed.TextPath, TextNormalizer.Normalize(text)));
        }

        return (Pipeline.Validate(Pipeline.Pair(parsed, texts), cancellationToken), parsed.Document is null ? null : parsed.TextPath, texts.IsEmpty ? null : texts[0]);
    }

    private static IReadOnlyList<CheckFinding> Findings(IEnumerable<ArticleResult> results, CatalogueModel catalogue, string fallbackPath)
    {
        var findings = new List<CheckFinding>();
        foreach (var result in results)
        {
            findings.AddRange(result.Diagnostics.Select(d => ToFinding(d, result.Path)));
        }

        findings.AddRange(catalogue.Diagnostics.Select(d => ToFinding(d, fallbackPath)));
        return findings
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static CheckFinding ToFinding(DiagnosticInfo diagnostic, string fallbackPath)
    {
        var descriptor = DiagnosticDescriptors.Get(diagnostic.Id);
        var severity = Severity(descriptor.Id);
        return diagnostic.Location is { } at
            ? new CheckFinding(descriptor.Id, severity, at.FilePath, at.Line + 1, at.Column + 1, at.EndLine + 1, at.EndColumn + 1, diagnostic.Message, descriptor.HelpLinkUri)
            : new CheckFinding(descriptor.Id, severity, PathText.Normalize(fallbackPath), 1, 1, 1, 1, diagnostic.Message, descriptor.HelpLinkUri);
    }

    private static CheckSeverity Severity(string id) => DiagnosticDescriptors.IsWarning(id) ? CheckSeverity.Warning : CheckSeverity.Error;
}
