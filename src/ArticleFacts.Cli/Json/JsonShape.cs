using System.Collections.Generic;

namespace ArticleFacts.Cli.Json;

// The documented JSON shape of `articlefacts --json` (see the CLI's README.md).
// The output is an array of SheetJson, one per article, in the order given (Articles.All: by id).
// Property names are camelCase; enum values are snake_case strings as in the facts files
// (more_than, next_month_day); dates are ISO 8601 strings; absent values are null, never omitted.
// Facts refer to entities, events, quotes, quantities and dates by id, and every id referred to is
// listed in the same article's section of that kind: a fact referred to but not listed (such as a
// publisher named only in metadata) is appended after the listed ones.

/// <summary>One article and its facts, each section in file order.</summary>
public sealed record SheetJson(
    ArticleJson Article,
    IReadOnlyList<EntityJson> Entities,
    IReadOnlyList<EventJson> Events,
    IReadOnlyList<ClaimJson> Claims,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<QuantityJson> Quantities,
    IReadOnlyList<DateJson> Dates);

/// <summary>The article's metadata; <c>publisher</c> is an entity id, <c>published</c> a <c>yyyy-MM-dd</c> date.</summary>
public sealed record ArticleJson(
    string Id,
    string? Title,
    string Publisher,
    string Published,
    string Language,
    string? Url,
    AnchorJson Body,
    int TextLength);

/// <summary>A span of the article text: 0-based UTF-16 offset and length, 1-based line and column.</summary>
public sealed record AnchorJson(int Start, int Length, int Line, int Column, string Text);

/// <summary>An entity; <c>partOf</c> and each role's <c>of</c> are entity ids.</summary>
public sealed record EntityJson(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<RoleJson> Roles,
    string? PartOf,
    bool Mentioned);

/// <summary>A title held by an entity; <c>of</c> is an entity id.</summary>
public sealed record RoleJson(string Title, string? Of);

/// <summary>An event; <c>participants</c> and <c>place</c> are entity ids, <c>when</c> a date id.</summary>
public sealed record EventJson(
    string Id,
    string Type,
    IReadOnlyList<string> Participants,
    string? Place,
    string? When,
    Tense? Tense,
    AnchorJson Trigger);

/// <summary>
/// A claim; <c>source</c>, <c>subject</c>, <c>object</c> are entity ids, <c>evidenceQuote</c> a quote id,
/// <c>about</c> an event id, <c>when</c> a date id, <c>quantities</c> quantity ids.
/// </summary>
public sealed record ClaimJson(
    string Id,
    string Statement,
    string Source,
    bool IsAuthorVoice,
    Stance Stance,
    AnchorJson Evidence,
    string? EvidenceQuote,
    AnchorJson? Cue,
    string? About,
    string? Subject,
    string? Object,
    string? Predicate,
    string? When,
    IReadOnlyList<string> Quantities);

/// <summary>A quote; <c>speaker</c> is an entity id, <c>anchor.text</c> the quoted words.</summary>
public sealed record QuoteJson(string Id, string Speaker, QuoteKind Kind, AnchorJson? Cue, AnchorJson Anchor);

/// <summary>A quantity: a decimal value with a UCUM unit, its comparator and the printed alternative.</summary>
public sealed record QuantityJson(string Id, decimal Value, string Unit, Comparator Comparator, AmountJson? Alt, AnchorJson At);

/// <summary>A value with a UCUM unit.</summary>
public sealed record AmountJson(decimal Value, string Unit);

/// <summary>
/// A date expression: <c>value</c> (an ISO date <c>2024</c>, <c>2024-01</c>, <c>2024-01-14</c> or
/// <c>2024-W03</c>) for a single date, or <c>start</c> and <c>end</c> for a range.
/// </summary>
public sealed record DateJson(string Id, string? Value, string? Start, string? End, DateMod? Mod, DateRule? Rule, AnchorJson At);
