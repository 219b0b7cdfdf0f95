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
/// <remarks>
/// After a YAML syntax error the document holds what was read before it. <see cref="SyntaxError"/> is then the
/// AF0001 that stopped the reading; the sections hold the facts whose mapping was complete before it;
/// <see cref="Incomplete"/> lists the facts the error cut off (their id was read, their mapping never ended);
/// facts after the error are unknown, so a reference to an id that is in neither may name one of them.
/// None of these is reported beyond the AF0001.
/// </remarks>
internal sealed record FactsDocument(
    string Path,
    ArticleSpec? Article,
    EquatableArray<EntitySpec> Entities,
    EquatableArray<EventSpec> Events,
    EquatableArray<ClaimSpec> Claims,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<QuantitySpec> Quantities,
    EquatableArray<DateSpec> Dates,
    DiagnosticInfo? SyntaxError = null,
    EquatableArray<IncompleteFact> Incomplete = default)
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

/// <summary>
/// A fact a syntax error cut off: its id in <paramref name="Section"/> (the file's key: <c>quotes</c>) was read,
/// the rest of it was not. It is withheld, with the syntax error as the reason.
/// </summary>
internal sealed record IncompleteFact(string Section, Located Id);

/// <summary>
/// The article block. <paramref name="Incomplete"/>: a syntax error cut it off, so the keys after the error are
/// unknown, not missing (the id, when read before the error, still names the class).
/// </summary>
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
    AnchorSpec? EndBefore,
    bool Incomplete = false);

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
