using System.Collections.Generic;
using System.Text;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>A stretch of the article text that a fact anchors to.</summary>
public readonly record struct Span(int Start, int Length);

/// <summary>The article text being written, remembering where each anchored piece went.</summary>
public sealed class TextBuilder
{
    private readonly StringBuilder _builder = new();

    public int Length => _builder.Length;

    /// <summary>Appends text that no fact anchors to.</summary>
    public TextBuilder Write(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends text and returns where it is.</summary>
    public Span Mark(string text)
    {
        var start = _builder.Length;
        _builder.Append(text);
        return new Span(start, text.Length);
    }

    /// <summary>The span from <paramref name="start"/> to the end of what is written so far.</summary>
    public Span Since(int start) => new(start, _builder.Length - start);

    public override string ToString() => _builder.ToString();
}

public sealed record EntityFact(string Id, string Type, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<(string Title, string Of)> Roles, string? PartOf, bool Mentioned = true);

public sealed record EventFact(string Id, string Type, Span Trigger, IReadOnlyList<string> Participants, string? Place, string? When, string Tense);

public sealed record ClaimFact(
    string Id,
    string Statement,
    string Source,
    string Stance,
    Span? Evidence,
    string? EvidenceQuote,
    Span? Cue,
    string? About,
    string? Subject,
    string? Object,
    string Predicate,
    string? When,
    IReadOnlyList<string> Quantities);

public sealed record QuoteFact(string Id, Span Text, string Speaker, string Kind, Span? Cue);

public sealed record QuantityFact(string Id, Span At, string Value, string Unit, string Comparator, (string Value, string Unit)? Alt = null);

public sealed record DateFact(string Id, Span At, string? Value, string? Start = null, string? End = null, string? Mod = null, string? Rule = null);

/// <summary>Everything one synthetic article says, before it is written out as a facts file.</summary>
public sealed class FactSet
{
    public List<EntityFact> Entities { get; } = new();

    public List<EventFact> Events { get; } = new();

    public List<ClaimFact> Claims { get; } = new();

    public List<QuoteFact> Quotes { get; } = new();

    public List<QuantityFact> Quantities { get; } = new();

    public List<DateFact> Dates { get; } = new();

    public int Count => Entities.Count + Events.Count + Claims.Count + Quotes.Count + Quantities.Count + Dates.Count;
}
