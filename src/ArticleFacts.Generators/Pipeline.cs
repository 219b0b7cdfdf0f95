using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Declarations;
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
    public static readonly string Version = typeof(Pipeline).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static bool IsFactsFile(string path) => FormatFacts.IsFactsFile(path);

    public static bool IsTextFile(string path) => FormatFacts.IsTextFile(path);

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
    public static CatalogueModel Catalogue(ImmutableArray<ArticleResult> results) =>
        Catalogue(results.Select(ArticleSummary.Of).ToImmutableArray(), ImmutableArray<ArticleDeclaration>.Empty, ImmutableArray<CatalogueDeclaration>.Empty, null);

    /// <summary>
    /// Decides where each article is generated: in the class declared for it with <c>[FactsFrom]</c>, else in its
    /// conventionally named class (one per class name, the first in ordinal path order); and which class is the catalogue.
    /// </summary>
    public static CatalogueModel Catalogue(ImmutableArray<ArticleSummary> results, ImmutableArray<ArticleDeclaration> declarations, ImmutableArray<CatalogueDeclaration> catalogues, GeneratorSettings? settings)
    {
        var diagnostics = new DiagnosticBag();
        var ordered = results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var declared = DeclarationResolver.Resolve(ordered.Select(r => r.Path).ToList(), declarations, settings?.ProjectDirectory, diagnostics, claimed);
        var skipped = new List<string>(claimed.Where(p => declared.All(d => d.Path != p)).OrderBy(p => p, StringComparer.Ordinal));
        var entries = new List<CatalogueEntry>();
        var declaredNames = new Dictionary<string, DeclaredArticle>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in declared.ToList())
        {
            var result = ordered.First(r => r.Path == article.Path);
            if (declaredNames.TryGetValue(article.Target.FullName, out var other))
            {
                // Roslyn compares hint names ignoring case, and one class cannot hold two articles.
                declared.Remove(article);
                skipped.Add(article.Path);
                var location = declarations.FirstOrDefault(d => d.Target == article.Target)?.Location;
                diagnostics.Add(DiagnosticIds.NameCollision, location, $"The class '{article.Target.FullName.Substring("global::".Length)}' already holds the facts of '{other.Path}': declare another class for '{article.Path}'");
                continue;
            }

            declaredNames.Add(article.Target.FullName, article);
            // An article whose Article member is withheld has no fact sheet: the catalogue leaves it out.
            if (result.HasFactSheet && article.Target.Reachable)
            {
                entries.Add(new CatalogueEntry(result.Id!, result.ClassName!, article.Target.FullName, result.NeedsUtf8Literals));
            }
        }

        // Roslyn compares hint names ignoring case: two classes that differ only in case would make AddSource throw.
        var taken = new Dictionary<string, ArticleSummary>(StringComparer.OrdinalIgnoreCase);
        var ns = settings?.Namespace;
        foreach (var result in ordered)
        {
            if (result.ClassName is null || claimed.Contains(result.Path))
            {
                continue;
            }

            if (taken.TryGetValue(result.ClassName, out var first))
            {
                skipped.Add(result.Path);
                var like = first.ClassName == result.ClassName ? string.Empty : $" as '{first.ClassName}' (class names that differ only in case would clash as generated files)";
                diagnostics.Add(DiagnosticIds.NameCollision, result.IdLocation, $"The article class '{result.ClassName}' is already taken by '{first.Path}' (the first in path order){like}: give this article another id");
            }
            else if (declaredNames.TryGetValue(TypeTarget.Conventional(ns, "public", result.ClassName).FullName, out var holder)
                && holder.Target.FullName == TypeTarget.Conventional(ns, "public", result.ClassName).FullName)
            {
                skipped.Add(result.Path);
                diagnostics.Add(DiagnosticIds.NameCollision, result.IdLocation, $"The article class '{result.ClassName}' is already declared for '{holder.Path}' with [FactsFrom]: give this article another id, or declare its own class");
            }
            else
            {
                taken.Add(result.ClassName, result);
                if (result.HasFactSheet)
                {
                    entries.Add(new CatalogueEntry(result.Id!, result.ClassName, NeedsUtf8Literals: result.NeedsUtf8Literals));
                }
            }
        }

        var declaredCatalogue = CatalogueChoice.Choose(catalogues, diagnostics);
        return new CatalogueModel(
            entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToEquatableArray(),
            skipped.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            !results.IsEmpty)
        {
            Declared = declared.ToEquatableArray(),
            DeclaredCatalogue = declaredCatalogue,
        };
    }

    public static EmittedSource? EmitArticle(ArticleResult result, EquatableArray<string> skipped, GeneratorSettings settings, CancellationToken cancellationToken = default) =>
        EmitArticle(result, new ArticlePlacement(skipped, EquatableArray<DeclaredArticle>.Empty), settings, cancellationToken);

    /// <summary>The article's class: the class declared for it (hint <c>Ns.Outer.Name.facts.g.cs</c>), else its conventional class (<c>Name.g.cs</c>).</summary>
    public static EmittedSource? EmitArticle(ArticleResult result, ArticlePlacement placement, GeneratorSettings settings, CancellationToken cancellationToken = default)
    {
        if (result.Model is null || placement.SkippedPaths.AsImmutableArray().Contains(result.Path))
        {
            return null;
        }

        var declared = placement.DeclaredTarget(result.Path);
        var hintName = declared is null ? result.Model.ClassName + ".g.cs" : declared.HintStem + ".facts.g.cs";
        if (!settings.Utf8Literals && result.Model.Article.Emitted is { } info && TextLimits.ProblemWithoutUtf8Literals(result.Model.Id, info.Text) is { } tooLong)
        {
            return new EmittedSource(hintName, string.Empty, DiagnosticInfo.Create(DiagnosticIds.TextTooLong, result.IdLocation, tooLong));
        }

        var docsPath = PathText.RelativeTo(result.Model.Path, settings.ProjectDirectory);
        var target = declared ?? TypeTarget.Conventional(settings.Namespace, settings.Visibility, result.Model.ClassName);
        return new EmittedSource(hintName, ArticleEmitter.Emit(result.Model, target, Version, docsPath, settings.Utf8Literals, cancellationToken));
    }

    /// <summary>The catalogue: in the class declared with <c>[FactsCatalogue]</c>, else as <c>ArticleFactsCatalogue</c> names it (none for <c>none</c>).</summary>
    public static EmittedSource? EmitCatalogue(CatalogueModel catalogue, GeneratorSettings settings)
    {
        var target = catalogue.DeclaredCatalogue
            ?? (settings.Catalogue is { } name ? TypeTarget.Conventional(name.Namespace ?? settings.Namespace, settings.Visibility, name.Name) : null);
        return catalogue.HasFactsFiles && target is not null
            ? new EmittedSource("Articles.g.cs", CatalogueEmitter.Emit(catalogue.Articles.Where(a => settings.Utf8Literals || !a.NeedsUtf8Literals), target, settings.Namespace, Version))
            : null;
    }
}
