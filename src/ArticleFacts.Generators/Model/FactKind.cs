namespace ArticleFacts.Generators.Model;

/// <summary>The sections an id can be defined in.</summary>
internal enum FactKind
{
    Entity,
    Event,
    Claim,
    Quote,
    Quantity,
    Date,

    /// <summary>The article block: a node of the withholding closure (facts that need the publisher or the publication date).</summary>
    Article,
}

internal static class FactKinds
{
    public static string ClassName(this FactKind kind) => kind switch
    {
        FactKind.Entity => "Entities",
        FactKind.Event => "Events",
        FactKind.Claim => "Claims",
        FactKind.Quote => "Quotes",
        FactKind.Quantity => "Quantities",
        FactKind.Article => "Article",
        _ => "Dates",
    };

    public static string Noun(this FactKind kind) => kind switch
    {
        FactKind.Entity => "an entity",
        FactKind.Event => "an event",
        FactKind.Claim => "a claim",
        FactKind.Quote => "a quote",
        FactKind.Quantity => "a quantity",
        FactKind.Article => "the article",
        _ => "a date",
    };
}
