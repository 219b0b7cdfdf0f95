namespace ArticleFacts.Generators.Model;

/// <summary>The articles of the compilation that are generated, and those skipped for a class name taken first.</summary>
internal sealed record CatalogueModel(
    EquatableArray<CatalogueEntry> Articles,
    EquatableArray<string> SkippedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasFactsFiles);

/// <summary>A generated article; <paramref name="NeedsUtf8Literals"/> when its text is too long for a string literal (before C# 11 it is not generated).</summary>
internal sealed record CatalogueEntry(string Id, string ClassName, bool NeedsUtf8Literals = false);

/// <summary>A generated source file; or, when <paramref name="Problem"/> is set, the reason it is not added.</summary>
internal sealed record EmittedSource(string HintName, string Text, DiagnosticInfo? Problem = null);
