using System;

namespace ArticleFacts;

/// <summary>All facts of one article: the article and every section, each in file order.</summary>
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
        Article = article ?? throw new ArgumentNullException(nameof(article));
        Entities = entities;
        Events = events;
        Claims = claims;
        Quotes = quotes;
        Quantities = quantities;
        Dates = dates;
    }

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

    /// <summary>The article and the number of facts of each kind.</summary>
    public override string ToString() =>
        $"{Article.Id}: {Entities.Count} entities, {Events.Count} events, {Claims.Count} claims, {Quotes.Count} quotes, {Quantities.Count} quantities, {Dates.Count} dates";
}
