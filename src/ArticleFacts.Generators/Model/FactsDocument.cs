namespace ArticleFacts.Generators.Model;

/// <summary>A scalar value of the facts file and where it is.</summary>
internal sealed record Located(string Text, LocationInfo Location);

/// <summary>An anchor as written: exact text, optionally with prefix and suffix.</summary>
internal sealed record AnchorSpec(Located Exact, Located? Prefix, Located? Suffix)
{
    public LocationInfo Location => Exact.Location;
}

/// <summary>
/// A facts file as read: every value still text, with its location. Values a later check needs
/// are null when missing or malformed (that was reported already). Enum values are in the
/// spelling of the file (<c>more_than</c>) and known to be valid.
/// </summary>
internal sealed record FactsDocument(
    string Path,
    ArticleSpec? Article,
    EquatableArray<EntitySpec> Entities,
    EquatableArray<EventSpec> Events,
    EquatableArray<ClaimSpec> Claims,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<QuantitySpec> Quantities,
    EquatableArray<DateSpec> Dates)
{
    /// <summary>The errors the parser reported inside a fact's mapping or the article block: they withhold it.</summary>
    public EquatableArray<ParseDefect> Defects { get; init; } = EquatableArray<ParseDefect>.Empty;
}

/// <summary>
/// An error reported while reading one fact (<see cref="IdStart"/>: the offset of its id) or, when
/// <see cref="IdStart"/> is <see cref="ArticleBlock"/>, the article block.
/// </summary>
internal sealed record ParseDefect(int IdStart, DiagnosticInfo Diagnostic)
{
    public const int ArticleBlock = -1;
}

internal sealed record ArticleSpec(
    LocationInfo Key,
    Located? Id,
    Located? Text,
    Located? Title,
    Located? Publisher,
    Located? Published,
    Located? Language,
    Located? Url,
    AnchorSpec? StartAfter,
    AnchorSpec? EndBefore);

internal sealed record EntitySpec(
    Located Id,
    Located? Type,
    Located? Name,
    EquatableArray<Located> Aliases,
    EquatableArray<RoleSpec> Roles,
    Located? PartOf,
    bool Mentioned);

internal sealed record RoleSpec(Located? Title, Located? Of);

internal sealed record QuoteSpec(Located Id, AnchorSpec? Text, Located? Speaker, Located? Kind, AnchorSpec? Cue);

internal sealed record ClaimSpec(
    Located Id,
    Located? Statement,
    Located? Source,
    Located? Stance,
    AnchorSpec? Evidence,
    Located? EvidenceQuote,
    AnchorSpec? Cue,
    Located? About,
    Located? Subject,
    Located? Object,
    Located? Predicate,
    Located? When,
    EquatableArray<Located> Quantities);

internal sealed record EventSpec(
    Located Id,
    Located? Type,
    AnchorSpec? Trigger,
    EquatableArray<Located> Participants,
    Located? Place,
    Located? When,
    Located? Tense);

internal sealed record QuantitySpec(Located Id, AnchorSpec? At, Located? Value, Located? Unit, Located? Comparator, AmountSpec? Alt);

internal sealed record AmountSpec(Located Value, Located Unit, LocationInfo Location);

internal sealed record DateSpec(Located Id, AnchorSpec? At, Located? Value, Located? Start, Located? End, Located? Mod, Located? Rule);
