using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Reading;

/// <summary>
/// The facts <see cref="FactsReader"/> reads, as the runtime model's records (<see cref="FactSheet"/>), so the
/// fact sheet, JSON and exports render a facts file exactly as they render compiled facts. References are ids;
/// a fact whose required reference is not among the facts (withheld) is left out, an optional one becomes null.
/// </summary>
internal sealed class SheetMapper
{
    private readonly Dictionary<string, FactsEntity> _entityFacts;
    private readonly Dictionary<string, Entity?> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateExpression> _dates;
    private readonly Dictionary<string, Quantity> _quantities;
    private readonly Dictionary<string, Event> _events;
    private readonly Dictionary<string, Quote> _quotes;

    private SheetMapper(FactsArticle article)
    {
        _entityFacts = article.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _dates = ById(article.Dates.Select(Date), d => d.Id);
        _quantities = ById(article.Quantities.Select(Quantity), q => q.Id);
        _events = ById(article.Events.Select(Event), e => e.Id);
        _quotes = ById(article.Quotes.Select(Quote).OfType<Quote>(), q => q.Id);
    }

    /// <summary>The fact sheet of <paramref name="article"/>.</summary>
    public static FactSheet Map(FactsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var mapper = new SheetMapper(article);
        var publisher = mapper.EntityOf(article.PublisherId) ?? new Organization(article.PublisherId, article.PublisherId, default, default, null, false);
        var published = DateOnly.ParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var head = new Article(article.Id, article.Title, publisher, published, article.Language, article.Url, article.Text, Anchor(article.Body));
        return new FactSheet(
            head,
            Values(article.Entities.Select(e => mapper.EntityOf(e.Id)).OfType<Entity>()),
            Values(mapper._events.Values),
            Values(article.Claims.Select(mapper.Claim).OfType<Claim>()),
            Values(mapper._quotes.Values),
            Values(mapper._quantities.Values),
            Values(mapper._dates.Values));
    }

    private static ValueArray<T> Values<T>(IEnumerable<T> items) => new(items.ToImmutableArray());

    /// <summary>Insertion order is file order: Dictionary keeps it when nothing is removed.</summary>
    private static Dictionary<string, T> ById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }

    private static Anchor Anchor(FactsAnchor a) => new(a.Start, a.Length, a.Line, a.Column, a.Text);

    private static Anchor? OptionalAnchor(FactsAnchor? a) => a is null ? null : Anchor(a);

    private static T? Enum<T>(string? name)
        where T : struct, System.Enum => name is not null && System.Enum.TryParse<T>(name, ignoreCase: false, out var value) ? value : null;

    private static T? Get<T>(Dictionary<string, T> map, string? id)
        where T : class => id is not null && map.TryGetValue(id, out var value) ? value : null;

    /// <summary>An entity with the entities it refers to; null when unknown. A reference back into a chain being built is dropped.</summary>
    private Entity? EntityOf(string? id)
    {
        if (id is null || !_entityFacts.TryGetValue(id, out var e))
        {
            return null;
        }

        if (_entities.TryGetValue(id, out var built))
        {
            return built;
        }

        _entities[id] = null;
        var aliases = Values(e.Aliases);
        var roles = Values(e.Roles.Select(r => new Role(r.Title, EntityOf(r.OfId))));
        var partOf = EntityOf(e.PartOfId);
        Entity entity = e.Type switch
        {
            "Person" => new Person(e.Id, e.Name, aliases, roles, partOf, e.Mentioned),
            "Country" => new Country(e.Id, e.Name, aliases, roles, partOf, e.Mentioned),
            "Place" => new Place(e.Id, e.Name, aliases, roles, partOf, e.Mentioned),
            "Group" => new Group(e.Id, e.Name, aliases, roles, partOf, e.Mentioned),
            _ => new Organization(e.Id, e.Name, aliases, roles, partOf, e.Mentioned),
        };
        _entities[id] = entity;
        return entity;
    }

    private static DateExpression Date(FactsDate d)
    {
        var mod = Enum<DateMod>(d.Mod);
        var rule = Enum<DateRule>(d.Rule);
        return d.Value is not null
            ? new DateExpression(d.Id, PartialDate.Parse(d.Value), mod, rule, Anchor(d.At))
            : new DateExpression(d.Id, PartialDate.Parse(d.Start!), PartialDate.Parse(d.End!), mod, rule, Anchor(d.At));
    }

    private static Quantity Quantity(FactsQuantity q) => new(
        q.Id,
        decimal.Parse(q.Value, NumberStyles.Number, CultureInfo.InvariantCulture),
        q.Unit,
        Enum<Comparator>(q.Comparator) ?? Comparator.Exact,
        q.AltValue is null ? null : new Amount(decimal.Parse(q.AltValue, NumberStyles.Number, CultureInfo.InvariantCulture), q.AltUnit ?? q.Unit),
        Anchor(q.At));

    private Event Event(FactsEvent e) => new(
        e.Id, e.Type, Values(e.ParticipantIds.Select(EntityOf).OfType<Entity>()), EntityOf(e.PlaceId), Get(_dates, e.WhenId), Enum<Tense>(e.Tense), Anchor(e.Trigger));

    private Quote? Quote(FactsQuote q) =>
        EntityOf(q.SpeakerId) is { } speaker ? new Quote(q.Id, speaker, Enum<QuoteKind>(q.Kind) ?? QuoteKind.Direct, OptionalAnchor(q.Cue), Anchor(q.Anchor)) : null;

    private Claim? Claim(FactsClaim c) => EntityOf(c.SourceId) is { } source && Enum<Stance>(c.Stance) is { } stance
        ? new Claim(
            c.Id, c.Statement, source, c.IsAuthorVoice, stance, Anchor(c.Evidence), Get(_quotes, c.EvidenceQuoteId), OptionalAnchor(c.Cue),
            Get(_events, c.AboutId), EntityOf(c.SubjectId), EntityOf(c.ObjectId), c.Predicate, Get(_dates, c.WhenId),
            Values(c.QuantityIds.Select(id => Get(_quantities, id)).OfType<Quantity>()))
        : null;
}
