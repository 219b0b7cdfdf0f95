namespace ArticleFacts.Generators.Model;

/// <summary>The articles of the compilation that are generated, and those skipped for a class name taken first.</summary>
internal sealed record CatalogueModel(
    EquatableArray<CatalogueEntry> Articles,
    EquatableArray<string> SkippedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasFactsFiles);

internal sealed record CatalogueEntry(string Id, string ClassName);

/// <summary>A generated source file.</summary>
internal sealed record EmittedSource(string HintName, string Text);
