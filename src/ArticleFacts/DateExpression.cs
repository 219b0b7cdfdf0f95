using System;

namespace ArticleFacts;

/// <summary>A date expression of the article (<c>late last year</c>), normalised to ISO dates.</summary>
public sealed record DateExpression
{
    /// <summary>Creates a date expression of a single date.</summary>
    public DateExpression(string id, PartialDate value, DateMod? mod, DateRule? rule, Anchor at)
        : this(id, value, null, null, mod, rule, at)
    {
    }

    /// <summary>Creates a date expression of a range.</summary>
    public DateExpression(string id, PartialDate start, PartialDate end, DateMod? mod, DateRule? rule, Anchor at)
        : this(id, null, start, end, mod, rule, at)
    {
    }

    private DateExpression(string id, PartialDate? value, PartialDate? start, PartialDate? end, DateMod? mod, DateRule? rule, Anchor at)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(at);
        (Id, Value, Start, End, Mod, Rule, At) = (id, value, start, end, mod, rule, at);
    }

    /// <summary>The curator's id.</summary>
    public string Id { get; }

    /// <summary>The date, unless the expression is a range.</summary>
    public PartialDate? Value { get; }

    /// <summary>The first date of a range.</summary>
    public PartialDate? Start { get; }

    /// <summary>The last date of a range.</summary>
    public PartialDate? End { get; }

    /// <summary>Whether the expression is a range (<see cref="Start"/> and <see cref="End"/> are set).</summary>
    public bool IsRange => Start.HasValue;

    /// <summary>The first date it covers: <see cref="Value"/> or <see cref="Start"/>.</summary>
    public PartialDate Earliest => Value ?? Start!.Value;

    /// <summary>The modifier (early, mid, late, around), if any.</summary>
    public DateMod? Mod { get; }

    /// <summary>The rule that derives the value from the publication date, if the curator gave one.</summary>
    public DateRule? Rule { get; }

    /// <summary>The date expression's surface text.</summary>
    public Anchor At { get; }

    /// <summary>The ISO form (<c>2024-01/2024-02</c> for a range) and the surface text.</summary>
    public override string ToString() => (IsRange ? $"{Start}/{End}" : Value.ToString()) + $" \"{At.Text}\"";
}
