using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleFacts;

/// <summary>
/// The lookups of one <see cref="FactSheet"/>: every fact by id, and per entity the quotes it speaks, the claims it is
/// the source of and the events it takes part in. Built once, on the first lookup; read-only afterwards, so lookups
/// from many threads need no lock and allocate nothing.
/// </summary>
internal sealed class FactIndex
{
    private readonly Dictionary<string, object> _byId;
    private readonly Dictionary<string, EntityFacts> _byEntity;

    public FactIndex(FactSheet sheet)
    {
        _byId = new Dictionary<string, object>(StringComparer.Ordinal);
        _byEntity = new Dictionary<string, EntityFacts>(StringComparer.Ordinal);
        foreach (var entity in sheet.Entities)
        {
            Add(entity.Id, entity);
            _byEntity.TryAdd(entity.Id, new EntityFacts(entity));
        }

        AddAll(sheet.Events, e => e.Id);
        AddAll(sheet.Claims, c => c.Id);
        AddAll(sheet.Quotes, q => q.Id);
        AddAll(sheet.Quantities, q => q.Id);
        AddAll(sheet.Dates, d => d.Id);

        foreach (var quote in sheet.Quotes)
        {
            Of(quote.Speaker)?.Quotes.Add(quote);
        }

        foreach (var claim in sheet.Claims)
        {
            Of(claim.Source)?.Claims.Add(claim);
        }

        foreach (var @event in sheet.Events)
        {
            foreach (var participant in @event.Participants)
            {
                var facts = Of(participant);
                if (facts is not null && (facts.Events.Count == 0 || !ReferenceEquals(facts.Events[facts.Events.Count - 1], @event)))
                {
                    facts.Events.Add(@event);
                }
            }
        }

        foreach (var facts in _byEntity.Values)
        {
            facts.Freeze();
        }
    }

    public object? Find(string id) => _byId.TryGetValue(id, out var fact) ? fact : null;

    public ValueArray<Quote> QuotesBy(Entity speaker) => Of(speaker)?.FrozenQuotes ?? ValueArray<Quote>.Empty;

    public ValueArray<Claim> ClaimsFrom(Entity source) => Of(source)?.FrozenClaims ?? ValueArray<Claim>.Empty;

    public ValueArray<Event> EventsWith(Entity participant) => Of(participant)?.FrozenEvents ?? ValueArray<Event>.Empty;

    /// <summary>The facts of this sheet's entity <paramref name="entity"/>: same id and equal (an entity of another article is not).</summary>
    private EntityFacts? Of(Entity entity) =>
        _byEntity.TryGetValue(entity.Id, out var facts) && facts.Entity.Equals(entity) ? facts : null;

    private void Add(string id, object fact) => _byId.TryAdd(id, fact);

    private void AddAll<T>(ValueArray<T> facts, Func<T, string> id)
        where T : class
    {
        foreach (var fact in facts)
        {
            Add(id(fact), fact);
        }
    }

    private sealed class EntityFacts
    {
        public EntityFacts(Entity entity) => Entity = entity;

        public Entity Entity { get; }

        public List<Quote> Quotes { get; } = new();

        public List<Claim> Claims { get; } = new();

        public List<Event> Events { get; } = new();

        public ValueArray<Quote> FrozenQuotes { get; private set; }

        public ValueArray<Claim> FrozenClaims { get; private set; }

        public ValueArray<Event> FrozenEvents { get; private set; }

        public void Freeze()
        {
            FrozenQuotes = Quotes.ToImmutableArray();
            FrozenClaims = Claims.ToImmutableArray();
            FrozenEvents = Events.ToImmutableArray();
        }
    }
}
