namespace ArticleFacts.Generators.Validation;

/// <summary>The sections an id can be defined in.</summary>
internal enum FactKind
{
    Entity,
    Event,
    Claim,
    Quote,
    Quantity,
    Date,
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
        _ => "Dates",
    };

    public static string Noun(this FactKind kind) => kind switch
    {
        FactKind.Entity => "an entity",
        FactKind.Event => "an event",
        FactKind.Claim => "a claim",
        FactKind.Quote => "a quote",
        FactKind.Quantity => "a quantity",
        _ => "a date",
    };
}
