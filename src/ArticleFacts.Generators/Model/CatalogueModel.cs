namespace ArticleFacts.Generators.Model;

/// <summary>
/// The articles of the compilation that are generated, those skipped (a class name taken first, a declaration that
/// cannot hold them), the classes the user declared for articles and for the catalogue.
/// </summary>
internal sealed record CatalogueModel(
    EquatableArray<CatalogueEntry> Articles,
    EquatableArray<string> SkippedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasFactsFiles)
{
    /// <summary>The facts files whose class the user declared.</summary>
    public EquatableArray<DeclaredArticle> Declared { get; init; } = EquatableArray<DeclaredArticle>.Empty;

    /// <summary>The class declared with <c>[FactsCatalogue]</c>, if any.</summary>
    public TypeTarget? DeclaredCatalogue { get; init; }

    public ArticlePlacement Placement => new(SkippedPaths, Declared);
}

/// <summary>
/// An article of the catalogue: its id and its class (the conventional name, or the declared type's full name);
/// <paramref name="NeedsUtf8Literals"/> when its text is too long for a string literal (before C# 11 it is not generated).
/// </summary>
internal sealed record CatalogueEntry(string Id, string ClassName, string? DeclaredFullName = null, bool NeedsUtf8Literals = false);

/// <summary>
/// What the catalogue step needs of one article: its path, class name and where its id is (for a collision), its id,
/// whether it has a fact sheet (an article whose <c>Article</c> is withheld has none), and whether its text needs UTF-8
/// literals. Projected from each <see cref="ArticleResult"/> before the results are collected, so that an edit that
/// changes none of this (a reworded claim) leaves the catalogue step, and every article's placement, cached.
/// </summary>
internal sealed record ArticleSummary(string Path, string? ClassName, LocationInfo? IdLocation, string? Id, bool HasFactSheet, bool NeedsUtf8Literals)
{
    public static ArticleSummary Of(ArticleResult result) => new(
        result.Path,
        result.ClassName,
        result.IdLocation,
        result.Model?.Id,
        result.Model is { Article.Withheld: null },
        result.Model?.Article.Emitted is { } info && Emit.TextLimits.NeedsUtf8Literals(info.Text));
}

/// <summary>A generated source file; or, when <paramref name="Problem"/> is set, the reason it is not added.</summary>
internal sealed record EmittedSource(string HintName, string Text, DiagnosticInfo? Problem = null);
