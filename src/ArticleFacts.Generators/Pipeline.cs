using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Emit;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Parsing;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators;

/// <summary>
/// The pure steps of the generator, one method per pipeline step. Each step turns an equatable
/// model into another and never throws: an unexpected failure becomes an AF9999 diagnostic.
/// </summary>
internal static class Pipeline
{
    public const string FactsSuffix = ".facts.yaml";

    public static readonly string Version = typeof(Pipeline).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static bool IsFactsFile(string path) => path.EndsWith(FactsSuffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsTextFile(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static SourceFile? Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        return text is null ? null : new SourceFile(PathText.Normalize(file.Path), TextNormalizer.Normalize(text.ToString()));
    }

    public static ParsedFacts Parse(SourceFile? file, string originalPath, CancellationToken cancellationToken)
    {
        var path = file?.Path ?? PathText.Normalize(originalPath);
        var diagnostics = new DiagnosticBag();
        FactsDocument? document = null;
        if (file is null)
        {
            diagnostics.Add(DiagnosticIds.Unreadable, FileStart(path), $"The facts file '{path}' could not be read: check that it exists and is readable");
        }
        else
        {
            try
            {
                var garbled = NotUtf8(file, cancellationToken);
                document = FactsParser.Parse(path, file.Text, garbled is null ? diagnostics : new DiagnosticBag(), cancellationToken);
                if (garbled is not null)
                {
                    // Whatever else is wrong may be an artefact of the decoding: the one finding is the encoding.
                    diagnostics.Add(DiagnosticIds.InvalidEncoding, garbled, $"The facts file '{path}' is not valid UTF-8: it holds the replacement character U+FFFD at {garbled.Display}; re-save the file as UTF-8 (nothing else in it is checked until then)");
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticIds.InternalError, FileStart(path), e.GetType().Name + ": " + e.Message);
                document = null;
            }
        }

        var textPath = PathText.TextPathFor(path, document?.Article?.Text?.Text);
        return new ParsedFacts(path, document, textPath, diagnostics.ToEquatableArray());
    }

    private static LocationInfo FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);

    /// <summary>The first U+FFFD of a facts file: the compiler put it where the bytes were not valid UTF-8.</summary>
    private static LocationInfo? NotUtf8(SourceFile file, CancellationToken cancellationToken)
    {
        var bad = file.Text.IndexOf('\uFFFD');
        return bad < 0 ? null : new LineMap(file.Path, file.Text, cancellationToken).Location(bad, bad + 1);
    }

    public static TextIndex IndexTexts(ImmutableArray<SourceFile?> texts) => TextIndex.From(texts);

    /// <summary>A facts file and its article text: exactly its path, else one differing only in case.</summary>
    public static ArticleInput Pair(ParsedFacts facts, TextIndex texts) => new(facts, texts.Find(facts.TextPath));

    /// <summary>The same, for a caller that holds the texts as a list (the tools' facade).</summary>
    public static ArticleInput Pair(ParsedFacts facts, ImmutableArray<SourceFile?> texts) => Pair(facts, TextIndex.From(texts));

    public static ArticleResult Validate(ArticleInput input, CancellationToken cancellationToken)
    {
        try
        {
            return ArticleValidator.Validate(input, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.AddRange(input.Facts.Diagnostics);
            diagnostics.Add(DiagnosticIds.InternalError, FileStart(input.Facts.Path), e.GetType().Name + ": " + e.Message);
            return new ArticleResult(input.Facts.Path, null, null, null, diagnostics.ToEquatableArray());
        }
    }

    /// <summary>Decides which articles are generated: one per class name, the first in ordinal path order.</summary>
    public static CatalogueModel Catalogue(ImmutableArray<ArticleResult> results)
    {
        // Roslyn compares hint names ignoring case: two classes that differ only in case would make AddSource throw.
        var taken = new Dictionary<string, ArticleResult>(StringComparer.OrdinalIgnoreCase);
        var skipped = new List<string>();
        var diagnostics = new DiagnosticBag();
        foreach (var result in results.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            if (result.ClassName is null)
            {
                continue;
            }

            if (taken.TryGetValue(result.ClassName, out var first))
            {
                skipped.Add(result.Path);
                var like = first.ClassName == result.ClassName ? string.Empty : $" as '{first.ClassName}' (class names that differ only in case would clash as generated files)";
                diagnostics.Add(DiagnosticIds.NameCollision, result.IdLocation, $"The article class '{result.ClassName}' is already taken by '{first.Path}' (the first in path order){like}: give this article another id");
            }
            else
            {
                taken.Add(result.ClassName, result);
            }
        }

        // An article whose Article member is withheld has no fact sheet: the catalogue leaves it out.
        var articles = taken.Values
            .Where(r => r.Model is { Article.Withheld: null })
            .Select(r => new CatalogueEntry(r.Model!.Id, r.Model.ClassName))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CatalogueModel(articles, skipped.ToEquatableArray(), diagnostics.ToEquatableArray(), !results.IsEmpty);
    }

    public static EmittedSource? EmitArticle(ArticleResult result, EquatableArray<string> skipped, GeneratorSettings settings, CancellationToken cancellationToken = default)
    {
        if (result.Model is null || skipped.AsImmutableArray().Contains(result.Path))
        {
            return null;
        }

        return new EmittedSource(result.Model.ClassName + ".g.cs", ArticleEmitter.Emit(result.Model, settings.Namespace, Version, PathText.RelativeTo(result.Model.Path, settings.ProjectDirectory), settings.Utf8Literals, cancellationToken));
    }

    public static EmittedSource? EmitCatalogue(CatalogueModel catalogue, GeneratorSettings settings) =>
        catalogue.HasFactsFiles
            ? new EmittedSource("Articles.g.cs", CatalogueEmitter.Emit(catalogue.Articles.Select(a => (a.Id, a.ClassName)), settings.Namespace, Version))
            : null;
}
