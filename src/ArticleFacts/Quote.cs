using System;

namespace ArticleFacts;

/// <summary>Words the article quotes, with who said them.</summary>
public sealed record Quote
{
    /// <summary>Creates a quote.</summary>
    public Quote(string id, Entity speaker, QuoteKind kind, Anchor? cue, Anchor anchor)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(anchor);
        (Id, Speaker, Kind, Cue, Anchor) = (id, speaker, kind, cue, anchor);
    }

    /// <summary>The curator's id.</summary>
    public string Id { get; }

    /// <summary>The quoted words, exactly as the article prints them (without the quotation marks).</summary>
    public string Text => Anchor.Text;

    /// <summary>Who the article says spoke the words.</summary>
    public Entity Speaker { get; }

    /// <summary>Whether the quotation stands alone or is embedded in the writer's sentence.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The reporting verb (<c>said</c>), if anchored.</summary>
    public Anchor? Cue { get; }

    /// <summary>Where the quoted words are in the article.</summary>
    public Anchor Anchor { get; }

    /// <summary>The speaker and the words.</summary>
    public override string ToString() => $"{Speaker.Name}: \u201C{Text}\u201D";
}
