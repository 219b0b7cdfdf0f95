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

/// <summary>A generated source file; or, when <paramref name="Problem"/> is set, the reason it is not added.</summary>
internal sealed record EmittedSource(string HintName, string Text, DiagnosticInfo? Problem = null);
