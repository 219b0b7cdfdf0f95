namespace ArticleFacts.Generators;

/// <summary>The names of the generator's pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string FactsFiles = nameof(FactsFiles);
    public const string Parsed = nameof(Parsed);
    public const string TextFiles = nameof(TextFiles);
    public const string TextIndex = nameof(TextIndex);
    public const string Paired = nameof(Paired);
    public const string Validated = nameof(Validated);
    public const string Settings = nameof(Settings);
    public const string Declarations = nameof(Declarations);
    public const string CatalogueDeclarations = nameof(CatalogueDeclarations);
    public const string Summarized = nameof(Summarized);
    public const string Catalogue = nameof(Catalogue);
    public const string Emitted = nameof(Emitted);
}
