using System;
using System.Threading;

namespace ArticleFacts;

/// <summary>
/// All facts of one article: the article and every section, each in file order, with lookups by id and by entity
/// (built once, on the first lookup; O(1) and allocation-free afterwards, safe from many threads).
/// </summary>
public sealed record FactSheet
{
    /// <summary>Creates a fact sheet.</summary>
    public FactSheet(
        Article article,
        ValueArray<Entity> entities,
        ValueArray<Event> events,
        ValueArray<Claim> claims,
        ValueArray<Quote> quotes,
        ValueArray<Quantity> quantities,
        ValueArray<DateExpression> dates)
    {
        ArgumentNullException.ThrowIfNull(article);
        (Article, Entities, Events, Claims, Quotes, Quantities, Dates) = (article, entities, events, claims, quotes, quantities, dates);
    }

    // Built on the first lookup. Two threads may both build one; either result is the same, and one is kept.
    private FactIndex? _index;

    private FactIndex Index => Volatile.Read(ref _index) ?? BuildIndex();

    /// <summary>The article's metadata and text.</summary>
    public Article Article { get; }

    /// <summary>The entities, in file order.</summary>
    public ValueArray<Entity> Entities { get; }

    /// <summary>The events, in file order.</summary>
    public ValueArray<Event> Events { get; }

    /// <summary>The claims, in file order.</summary>
    public ValueArray<Claim> Claims { get; }

    /// <summary>The quotes, in file order.</summary>
    public ValueArray<Quote> Quotes { get; }

    /// <summary>The quantities, in file order.</summary>
    public ValueArray<Quantity> Quantities { get; }

    /// <summary>The date expressions, in file order.</summary>
    public ValueArray<DateExpression> Dates { get; }

    /// <summary>The fact with the id <paramref name="id"/> (an entity, event, claim, quote, quantity or date expression), or null.</summary>
    /// <param name="id">The curator's id (<c>choe_son_hui</c>); ids are unique across a facts file.</param>
    public object? Find(string id) => Index.Find(id ?? throw new ArgumentNullException(nameof(id)));

    /// <summary>The fact with the id <paramref name="id"/> if it is a <typeparamref name="T"/>, else null.</summary>
    /// <typeparam name="T">The kind of fact (<see cref="Quote"/>, <see cref="Entity"/>, <see cref="Person"/>, ...).</typeparam>
    /// <param name="id">The curator's id.</param>
    public T? Find<T>(string id)
        where T : class => Find(id) as T;

    /// <summary>The quotes whose speaker is <paramref name="speaker"/>, in file order (empty for an entity of another article).</summary>
    /// <param name="speaker">An entity of this article.</param>
    public ValueArray<Quote> QuotesBy(Entity speaker) => Index.QuotesBy(speaker ?? throw new ArgumentNullException(nameof(speaker)));

    /// <summary>The claims whose source is <paramref name="source"/>, in file order (empty for an entity of another article).</summary>
    /// <param name="source">An entity of this article.</param>
    public ValueArray<Claim> ClaimsFrom(Entity source) => Index.ClaimsFrom(source ?? throw new ArgumentNullException(nameof(source)));

    /// <summary>The events <paramref name="participant"/> takes part in, in file order (empty for an entity of another article).</summary>
    /// <param name="participant">An entity of this article.</param>
    public ValueArray<Event> EventsWith(Entity participant) => Index.EventsWith(participant ?? throw new ArgumentNullException(nameof(participant)));

    /// <summary>Compares the article and every section by value (the lookups are derived data).</summary>
    /// <param name="other">The other fact sheet.</param>
    public bool Equals(FactSheet? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && Article.Equals(other.Article) && Entities.Equals(other.Entities) && Events.Equals(other.Events) &&
         Claims.Equals(other.Claims) && Quotes.Equals(other.Quotes) && Quantities.Equals(other.Quantities) && Dates.Equals(other.Dates));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Article, Entities, Events, Claims, Quotes, Quantities, Dates);

    /// <summary>The article and the number of facts of each kind.</summary>
    public override string ToString() =>
        $"{Article.Id}: {Entities.Count} entities, {Events.Count} events, {Claims.Count} claims, {Quotes.Count} quotes, {Quantities.Count} quantities, {Dates.Count} dates";

    private FactIndex BuildIndex()
    {
        Interlocked.CompareExchange(ref _index, new FactIndex(this), null);
        return _index!;
    }
}
