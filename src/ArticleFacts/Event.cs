using System;

namespace ArticleFacts;

/// <summary>Something that happened, happens or will happen, as the article describes it.</summary>
public sealed record Event
{
    /// <summary>Creates an event.</summary>
    public Event(string id, string type, ValueArray<Entity> participants, Entity? place, DateExpression? when, Tense? tense, Anchor trigger)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(trigger);
        (Id, Type, Participants, Place, When, Tense, Trigger) = (id, type, participants, place, when, tense, trigger);
    }

    /// <summary>The curator's id.</summary>
    public string Id { get; }

    /// <summary>A snake_case event type (<c>official_visit</c>).</summary>
    public string Type { get; }

    /// <summary>Who takes part.</summary>
    public ValueArray<Entity> Participants { get; }

    /// <summary>Where it happens, if known.</summary>
    public Entity? Place { get; }

    /// <summary>When it happens, if dated.</summary>
    public DateExpression? When { get; }

    /// <summary>Past, ongoing or future relative to publication, if given.</summary>
    public Tense? Tense { get; }

    /// <summary>The words that describe the event.</summary>
    public Anchor Trigger { get; }

    /// <summary>Type and trigger text.</summary>
    public override string ToString() => $"{Type}: \"{Trigger.Text}\"";
}
