namespace ArticleFacts.Generators.Model;

/// <summary>
/// A checked article, ready to emit: every reference resolved to a member name, every anchor to
/// offsets. Only an article without errors gets one.
/// </summary>
internal sealed record ArticleModel(
    string Path,
    string Id,
    string ClassName,
    int Line,
    string? Title,
    string PublisherMember,
    string Published,
    string Language,
    string? Url,
    string Text,
    AnchorModel Body,
    EquatableArray<EntityModel> Entities,
    EquatableArray<EventModel> Events,
    EquatableArray<ClaimModel> Claims,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<QuantityModel> Quantities,
    EquatableArray<DateModel> Dates);

/// <summary>An anchor resolved in the normalised text; line and column 1-based.</summary>
internal sealed record AnchorModel(int Start, int Length, int Line, int Column, string Text);

/// <summary>An entity; <see cref="InitOrder"/> puts every entity after those it refers to.</summary>
internal sealed record EntityModel(
    string Id,
    string Member,
    string Type,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<RoleModel> Roles,
    string? PartOf,
    bool Mentioned,
    int InitOrder,
    int Line);

internal sealed record RoleModel(string Title, string? Of);

internal sealed record QuoteModel(string Id, string Member, string Speaker, string Kind, AnchorModel? Cue, AnchorModel Anchor, int Line);

internal sealed record ClaimModel(
    string Id,
    string Member,
    string Statement,
    string Source,
    bool IsAuthorVoice,
    string Stance,
    AnchorModel Evidence,
    string? EvidenceQuote,
    AnchorModel? Cue,
    string? About,
    string? Subject,
    string? Object,
    string? Predicate,
    string? When,
    EquatableArray<string> Quantities,
    int Line);

internal sealed record EventModel(
    string Id,
    string Member,
    string Type,
    EquatableArray<string> Participants,
    string? Place,
    string? When,
    string? Tense,
    AnchorModel Trigger,
    int Line);

internal sealed record QuantityModel(string Id, string Member, string Value, string Unit, string Comparator, string? AltValue, string? AltUnit, AnchorModel At, int Line);

internal sealed record DateModel(string Id, string Member, DateValue? Value, DateValue? Start, DateValue? End, string? Mod, string? Rule, AnchorModel At, int Line);
