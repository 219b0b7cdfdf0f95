namespace ArticleFacts.Generators.Model;

/// <summary>An additional file's path and normalised text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>A parsed facts file: the document (null when unreadable), its diagnostics, and the path of its article text.</summary>
internal sealed record ParsedFacts(string Path, FactsDocument? Document, string TextPath, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A facts file with its article text (null when the text is not among the AdditionalFiles).</summary>
internal sealed record ArticleInput(ParsedFacts Facts, SourceFile? Text);

/// <summary>The outcome of checking one article: a model to emit when it has no errors, and every diagnostic.</summary>
internal sealed record ArticleResult(string Path, string? ClassName, LocationInfo? IdLocation, ArticleModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
