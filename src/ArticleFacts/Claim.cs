using System;

namespace ArticleFacts;

/// <summary>A statement the article makes or reports, with its source, stance and evidence.</summary>
public sealed record Claim
{
    /// <summary>Creates a claim.</summary>
    public Claim(
        string id,
        string statement,
        Entity source,
        bool isAuthorVoice,
        Stance stance,
        Anchor evidence,
        Quote? evidenceQuote,
        Anchor? cue,
        Event? about,
        Entity? subject,
        Entity? @object,
        string? predicate,
        DateExpression? when,
        ValueArray<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(evidence);
        (Id, Statement, Source, IsAuthorVoice, Stance) = (id, statement, source, isAuthorVoice, stance);
        (Evidence, EvidenceQuote, Cue) = (evidence, evidenceQuote, cue);
        (About, Subject, Object, Predicate, When, Quantities) = (about, subject, @object, predicate, when, quantities);
    }

    /// <summary>The curator's id.</summary>
    public string Id { get; }

    /// <summary>The claim in the curator's own plain words.</summary>
    public string Statement { get; }

    /// <summary>Whose words the evidence reports; the publisher when the article states it in its own voice.</summary>
    public Entity Source { get; }

    /// <summary>Whether the claim is the article's own, unattributed statement.</summary>
    public bool IsAuthorVoice { get; }

    /// <summary>How the source stands to the statement.</summary>
    public Stance Stance { get; }

    /// <summary>The words of the article that carry the claim.</summary>
    public Anchor Evidence { get; }

    /// <summary>The quote used as evidence, when the curator named one.</summary>
    public Quote? EvidenceQuote { get; }

    /// <summary>The reporting verb, if anchored.</summary>
    public Anchor? Cue { get; }

    /// <summary>The event the claim is about, if any.</summary>
    public Event? About { get; }

    /// <summary>The subject of the predicate, if any.</summary>
    public Entity? Subject { get; }

    /// <summary>The object of the predicate, if any.</summary>
    public Entity? Object { get; }

    /// <summary>A snake_case verb phrase (<c>supplied_weapons_to</c>), if any.</summary>
    public string? Predicate { get; }

    /// <summary>When the claim was made, if dated.</summary>
    public DateExpression? When { get; }

    /// <summary>The quantities the claim states.</summary>
    public ValueArray<Quantity> Quantities { get; }

    /// <summary>Source, stance and statement.</summary>
    public override string ToString() => $"{Source.Name} ({Stance}): {Statement}";
}
