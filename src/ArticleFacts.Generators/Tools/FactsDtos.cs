using System.Collections.Generic;

namespace ArticleFacts.Generators.Tools;

// The validated facts of an article, as the generator would emit them, for tools outside the compiler
// (articlefacts show, export, review). Facts refer to each other by id; enumeration values are the names
// of the runtime model's enumerations (Person, Alleged, MoreThan, LastYear...); numbers and dates are
// their invariant text (900, 2024-W03). No Roslyn type appears here.

/// <summary>One facts file read through the build's checks: the article text when it was read, and its facts when they could be built.</summary>
/// <param name="Path">The facts file, '/'-separated, as findings name it.</param>
/// <param name="TextPath">The article text the facts name, '/'-separated (findings of the text, AF4002, carry this path).</param>
/// <param name="Text">The normalised article text, or null when it could not be read.</param>
/// <param name="Article">
/// The facts the generator would emit (a fact with an error, or referring to one, is withheld and left out), or null
/// when the file has no article to emit (unreadable, or its <c>article</c> block withheld).
/// </param>
public sealed record FactsFile(string Path, string? TextPath, string? Text, FactsArticle? Article);

/// <summary>The findings of every file checked together, and each file's facts.</summary>
public sealed record FactsReport(IReadOnlyList<CheckFinding> Findings, IReadOnlyList<FactsFile> Files);

/// <summary>An article and its facts, each section in file order.</summary>
public sealed record FactsArticle(
    string Id,
    string? Title,
    string PublisherId,
    string Published,
    string Language,
    string? Url,
    string Text,
    FactsAnchor Body,
    IReadOnlyList<FactsEntity> Entities,
    IReadOnlyList<FactsEvent> Events,
    IReadOnlyList<FactsClaim> Claims,
    IReadOnlyList<FactsQuote> Quotes,
    IReadOnlyList<FactsQuantity> Quantities,
    IReadOnlyList<FactsDate> Dates);

/// <summary>An anchor in the normalised text: UTF-16 offsets, 1-based line and column.</summary>
public sealed record FactsAnchor(int Start, int Length, int Line, int Column, string Text);

/// <summary>An entity; <see cref="Type"/> is Person, Organization, Country, Place or Group.</summary>
public sealed record FactsEntity(string Id, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<FactsRole> Roles, string? PartOfId, bool Mentioned);

/// <summary>A role of an entity, optionally of another entity.</summary>
public sealed record FactsRole(string Title, string? OfId);

/// <summary>A quote; <see cref="Kind"/> is Direct or Partial.</summary>
public sealed record FactsQuote(string Id, string SpeakerId, string Kind, FactsAnchor? Cue, FactsAnchor Anchor);

/// <summary>A claim; <see cref="Stance"/> is Asserted, Reported, Alleged or Denied.</summary>
public sealed record FactsClaim(
    string Id,
    string Statement,
    string SourceId,
    bool IsAuthorVoice,
    string Stance,
    FactsAnchor Evidence,
    string? EvidenceQuoteId,
    FactsAnchor? Cue,
    string? AboutId,
    string? SubjectId,
    string? ObjectId,
    string? Predicate,
    string? WhenId,
    IReadOnlyList<string> QuantityIds);

/// <summary>An event; <see cref="Tense"/> is Past, Ongoing, Future or null.</summary>
public sealed record FactsEvent(string Id, string Type, IReadOnlyList<string> ParticipantIds, string? PlaceId, string? WhenId, string? Tense, FactsAnchor Trigger);

/// <summary>A quantity: the value as invariant decimal text, a UCUM unit, the comparator (Exact, Approx, MoreThan...).</summary>
public sealed record FactsQuantity(string Id, string Value, string Unit, string Comparator, string? AltValue, string? AltUnit, FactsAnchor At);

/// <summary>A date expression: a value, or a start and end (ISO partial dates); the modifier and rule names, or null.</summary>
public sealed record FactsDate(string Id, string? Value, string? Start, string? End, string? Mod, string? Rule, FactsAnchor At);
