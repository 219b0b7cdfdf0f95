using System.Collections.Generic;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// A fact as the checks leave it: its spec, what they resolved (typed references, anchors, parsed values; null where
/// a check failed), and the errors that are its own. <see cref="ModelBuilder"/> turns these into the emit-ready model
/// without reporting anything.
/// </summary>
internal sealed record Checked<TSpec, TParts>(TSpec Spec, TParts Parts, IReadOnlyList<DiagnosticInfo> Defects);

internal sealed record EntityParts(FactRef? PartOf, IReadOnlyList<RoleParts> Roles);

internal sealed record RoleParts(string? Title, FactRef? Of);

/// <summary>A quote's parts; <see cref="InMarks"/> tells whether its anchor sits right inside quotation marks.</summary>
internal sealed record QuoteParts(FactRef? Speaker, AnchorModel? Anchor, bool InMarks, AnchorModel? Cue);

/// <summary>
/// A claim's parts. <see cref="NeedsArticle"/>: a claim in the article's own voice whose publisher could not be
/// resolved, so its source is the (withheld) article's.
/// </summary>
internal sealed record ClaimParts(
    FactRef? Source,
    bool NeedsArticle,
    FactRef? EvidenceQuote,
    AnchorModel? Evidence,
    AnchorModel? Cue,
    FactRef? About,
    FactRef? Subject,
    FactRef? Object,
    FactRef? When,
    IReadOnlyList<FactRef>? Quantities);

internal sealed record EventParts(IReadOnlyList<FactRef>? Participants, FactRef? Place, FactRef? When, AnchorModel? Trigger);

internal sealed record QuantityParts(AnchorModel? At, decimal? Value, AmountModel? Alt);

/// <summary>A date's parts; <see cref="NeedsArticle"/>: its rule could not be checked for want of a publication date.</summary>
internal sealed record DateParts(AnchorModel? At, DateValue? Value, DateValue? Start, DateValue? End, bool NeedsArticle);

/// <summary>Everything the checks of one article found, for the builder.</summary>
internal sealed record CheckedArticle(
    FactsDocument Document,
    IdTable Ids,
    ArticleText Text,
    FactRef? Publisher,
    DateValue? Published,
    IReadOnlyList<DiagnosticInfo> ArticleDefects,
    IReadOnlyList<Checked<EntitySpec, EntityParts>> Entities,
    IReadOnlyList<Checked<EventSpec, EventParts>> Events,
    IReadOnlyList<Checked<ClaimSpec, ClaimParts>> Claims,
    IReadOnlyList<Checked<QuoteSpec, QuoteParts>> Quotes,
    IReadOnlyList<Checked<QuantitySpec, QuantityParts>> Quantities,
    IReadOnlyList<Checked<DateSpec, DateParts>> Dates);
