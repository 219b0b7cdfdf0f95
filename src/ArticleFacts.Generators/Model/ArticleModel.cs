using System;
using System.Linq;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// A checked article, ready to emit: every fact of the file in its section, in file order, each either complete
/// (references typed, anchors resolved, values parsed) or withheld with the reason. Every article whose class name is
/// known gets one, whatever its errors; facts whose ids cannot become members (malformed, duplicate, colliding) are
/// not in it.
/// </summary>
internal sealed record ArticleModel(
    string Path,
    string Id,
    string ClassName,
    Fact<ArticleInfo> Article,
    EquatableArray<Fact<EntityModel>> Entities,
    EquatableArray<Fact<EventModel>> Events,
    EquatableArray<Fact<ClaimModel>> Claims,
    EquatableArray<Fact<QuoteModel>> Quotes,
    EquatableArray<Fact<QuantityModel>> Quantities,
    EquatableArray<Fact<DateModel>> Dates)
{
    /// <summary>The same article with every fact, and the article itself, withheld for <paramref name="reason"/>.</summary>
    public ArticleModel WithholdingAll(Withholding reason) => this with
    {
        Article = Article with { Withheld = reason },
        Entities = WithholdingAll(Entities, reason),
        Events = WithholdingAll(Events, reason),
        Claims = WithholdingAll(Claims, reason),
        Quotes = WithholdingAll(Quotes, reason),
        Quantities = WithholdingAll(Quantities, reason),
        Dates = WithholdingAll(Dates, reason),
    };

    private static EquatableArray<Fact<T>> WithholdingAll<T>(EquatableArray<Fact<T>> facts, Withholding reason)
        where T : class, IEquatable<T> => facts.Select(f => f with { Withheld = reason }).ToEquatableArray();
}

/// <summary>
/// One fact: its id and member, the 1-based line of its id in the facts file (for the hover), and either its
/// <see cref="Value"/> or the reason it is <see cref="Withheld"/>. A fact with an error of its own has no value; one
/// that refers to a withheld fact has its value and is withheld all the same.
/// </summary>
internal sealed record Fact<T>(string Id, string Member, int Line, T? Value, Withholding? Withheld)
    where T : class, IEquatable<T>
{
    /// <summary>The value when the fact is emitted, else null.</summary>
    public T? Emitted => Withheld is null ? Value : null;
}

/// <summary>The article's own data: the <c>Article</c> member.</summary>
internal sealed record ArticleInfo(string? Title, FactRef Publisher, DateValue Published, string Language, string? Url, string Text, AnchorModel Body);

/// <summary>An anchor resolved in the normalised text; line and column 1-based.</summary>
internal sealed record AnchorModel(int Start, int Length, int Line, int Column, string Text);

/// <summary>An entity.</summary>
internal sealed record EntityModel(
    string Id,
    string Member,
    EntityType Type,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<RoleModel> Roles,
    FactRef? PartOf,
    bool Mentioned);

internal sealed record RoleModel(string Title, FactRef? Of);

internal sealed record QuoteModel(string Id, string Member, FactRef Speaker, QuoteKind Kind, AnchorModel? Cue, AnchorModel Anchor);

internal sealed record ClaimModel(
    string Id,
    string Member,
    string Statement,
    FactRef Source,
    bool IsAuthorVoice,
    Stance Stance,
    AnchorModel Evidence,
    FactRef? EvidenceQuote,
    AnchorModel? Cue,
    FactRef? About,
    FactRef? Subject,
    FactRef? Object,
    string? Predicate,
    FactRef? When,
    EquatableArray<FactRef> Quantities);

internal sealed record EventModel(
    string Id,
    string Member,
    string Type,
    EquatableArray<FactRef> Participants,
    FactRef? Place,
    FactRef? When,
    Tense? Tense,
    AnchorModel Trigger);

/// <summary>A quantity; the values are parsed once, by the check, and keep the scale written (<c>12.50</c>).</summary>
internal sealed record QuantityModel(string Id, string Member, decimal Value, string Unit, Comparator Comparator, AmountModel? Alt, AnchorModel At);

internal sealed record AmountModel(decimal Value, string Unit);

internal sealed record DateModel(string Id, string Member, DateValue? Value, DateValue? Start, DateValue? End, DateMod? Mod, DateRule? Rule, AnchorModel At);
