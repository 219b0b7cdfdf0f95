using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Checks each section's facts (references, anchors, values) and builds their models. A fact that
/// fails is left out of its list; the article then has errors and is not emitted.
/// </summary>
internal sealed class SectionChecks
{
    private readonly FactsDocument _document;
    private readonly References _references;
    private readonly AnchorResolver? _anchors;
    private readonly DiagnosticBag _diagnostics;
    private readonly CancellationToken _cancellationToken;

    public SectionChecks(FactsDocument document, References references, AnchorResolver? anchors, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _document = document;
        _references = references;
        _anchors = anchors;
        _diagnostics = diagnostics;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The resolved anchor of every quote, whatever else is wrong with it (for AF4002).</summary>
    public List<AnchorModel> QuoteAnchors { get; } = new();

    /// <summary>The resolved anchors of quotes that are not right inside quotation marks (AF1005).</summary>
    public List<AnchorModel> MisplacedQuoteAnchors { get; } = new();

    /// <summary>The exact text of quotes whose anchor was not found (their quotation is not reported uncovered).</summary>
    public List<string> UnresolvedQuotes { get; } = new();

    public List<EntityModel> Entities()
    {
        var models = new List<(EntitySpec Spec, string? PartOf, List<RoleModel> Roles, bool Ok)>();
        foreach (var entity in _document.Entities)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var partOf = _references.Resolve(entity.PartOf, $"the part_of of '{entity.Id.Text}'", FactKind.Entity, countsAsUse: false);
            var ok = entity.PartOf is null || partOf is not null;
            var roles = new List<RoleModel>();
            foreach (var role in entity.Roles)
            {
                var of = _references.Resolve(role.Of, $"a role's 'of' of '{entity.Id.Text}'", FactKind.Entity, countsAsUse: false);
                ok &= (role.Of is null || of is not null) && role.Title is not null;
                roles.Add(new RoleModel(role.Title?.Text ?? string.Empty, of is null ? null : References.Member(of)));
            }

            models.Add((entity, partOf, roles, ok && entity.Type is not null && entity.Name is not null));
        }

        var order = EntityGraph.Order(_document.Entities.AsImmutableArray(), _references.IsEntity, _diagnostics, _cancellationToken);
        if (order is null)
        {
            return new List<EntityModel>();
        }

        return models.Where(m => m.Ok).Select(m => new EntityModel(
            m.Spec.Id.Text,
            References.Member(m.Spec.Id.Text),
            Naming.Pascal(m.Spec.Type!.Text),
            m.Spec.Name!.Text,
            m.Spec.Aliases.Select(a => a.Text).ToEquatableArray(),
            m.Roles.ToEquatableArray(),
            m.PartOf is null ? null : References.Member(m.PartOf),
            m.Spec.Mentioned,
            order.TryGetValue(m.Spec.Id.Text, out var position) ? position : 0,
            Line(m.Spec.Id))).ToList();
    }

    public List<QuoteModel> Quotes()
    {
        var models = new List<QuoteModel>();
        foreach (var quote in _document.Quotes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var speaker = _references.Resolve(quote.Speaker, $"the speaker of quote '{quote.Id.Text}'", FactKind.Entity, References.SpeakerTypes);
            var anchor = _anchors?.Resolve(quote.Text);
            if (anchor is not null)
            {
                (_anchors!.CheckQuotationMarks(quote.Text!, anchor) ? QuoteAnchors : MisplacedQuoteAnchors).Add(anchor);
            }
            else if (quote.Text is not null)
            {
                UnresolvedQuotes.Add(quote.Text.Exact.Text);
            }

            var cue = _anchors?.Resolve(quote.Cue);
            if (speaker is not null && anchor is not null && (quote.Cue is null || cue is not null))
            {
                models.Add(new QuoteModel(quote.Id.Text, References.Member(quote.Id.Text), References.Member(speaker), Naming.Pascal(quote.Kind?.Text ?? "direct"), cue, anchor, Line(quote.Id)));
            }
        }

        return models;
    }

    /// <param name="quotes">The checked quotes, for claims whose evidence is a quote.</param>
    /// <param name="publisher">The resolved publisher: the source of claims in the article's own voice.</param>
    public List<ClaimModel> Claims(IReadOnlyList<QuoteModel> quotes, string? publisher)
    {
        var models = new List<ClaimModel>();
        foreach (var claim in _document.Claims)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var role = $"'{claim.Id.Text}'";
            var isAuthor = claim.Source?.Text == "author";
            var source = isAuthor
                ? publisher
                : _references.Resolve(claim.Source, $"the source of claim {role}", FactKind.Entity, References.SpeakerTypes);
            var evidenceQuote = _references.Resolve(claim.EvidenceQuote, $"the evidence of claim {role}", FactKind.Quote);
            var evidence = evidenceQuote is null ? _anchors?.Resolve(claim.Evidence) : quotes.FirstOrDefault(q => q.Id == evidenceQuote)?.Anchor;
            var cue = _anchors?.Resolve(claim.Cue);
            var about = _references.Resolve(claim.About, $"the 'about' of claim {role}", FactKind.Event);
            var subject = _references.Resolve(claim.Subject, $"the subject of claim {role}", FactKind.Entity);
            var @object = _references.Resolve(claim.Object, $"the object of claim {role}", FactKind.Entity);
            var when = _references.Resolve(claim.When, $"the 'when' of claim {role}", FactKind.Date);
            var quantities = _references.ResolveAll(claim.Quantities, $"the quantities of claim {role}", FactKind.Quantity);
            if (source is null || evidence is null || claim.Statement is null || claim.Stance is null || quantities is null)
            {
                continue;
            }

            models.Add(new ClaimModel(
                claim.Id.Text,
                References.Member(claim.Id.Text),
                claim.Statement.Text,
                References.Member(source),
                isAuthor,
                Naming.Pascal(claim.Stance.Text),
                evidence,
                evidenceQuote is null ? null : References.Member(evidenceQuote),
                cue,
                about is null ? null : References.Member(about),
                subject is null ? null : References.Member(subject),
                @object is null ? null : References.Member(@object),
                claim.Predicate?.Text,
                when is null ? null : References.Member(when),
                References.Members(quantities).ToEquatableArray(),
                Line(claim.Id)));
        }

        return models;
    }

    public List<EventModel> Events()
    {
        var models = new List<EventModel>();
        foreach (var ev in _document.Events)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var role = $"event '{ev.Id.Text}'";
            var participants = _references.ResolveAll(ev.Participants, $"the participants of {role}", FactKind.Entity);
            var place = _references.Resolve(ev.Place, $"the place of {role}", FactKind.Entity, References.PlaceTypes);
            var when = _references.Resolve(ev.When, $"the 'when' of {role}", FactKind.Date);
            var trigger = _anchors?.Resolve(ev.Trigger);
            if (participants is null || trigger is null || ev.Type is null)
            {
                continue;
            }

            models.Add(new EventModel(
                ev.Id.Text,
                References.Member(ev.Id.Text),
                ev.Type.Text,
                References.Members(participants).ToEquatableArray(),
                place is null ? null : References.Member(place),
                when is null ? null : References.Member(when),
                ev.Tense is null ? null : Naming.Pascal(ev.Tense.Text),
                trigger,
                Line(ev.Id)));
        }

        return models;
    }

    public List<QuantityModel> Quantities()
    {
        var models = new List<QuantityModel>();
        foreach (var quantity in _document.Quantities)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var at = _anchors?.Resolve(quantity.At);
            QuantityChecks.AltConverts(quantity, _diagnostics);
            if (at is null || quantity.Value is null || quantity.Unit is null || !QuantityChecks.ValueInText(quantity, at, _diagnostics))
            {
                continue;
            }

            models.Add(new QuantityModel(
                quantity.Id.Text,
                References.Member(quantity.Id.Text),
                quantity.Value.Text,
                quantity.Unit.Text,
                Naming.Pascal(quantity.Comparator?.Text ?? "exact"),
                quantity.Alt?.Value.Text,
                quantity.Alt?.Unit.Text,
                at,
                Line(quantity.Id)));
        }

        return models;
    }

    public List<DateModel> Dates(DateTime? published)
    {
        var models = new List<DateModel>();
        foreach (var date in _document.Dates)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var at = _anchors?.Resolve(date.At);
            var value = DateChecks.Possible(date.Value, _diagnostics);
            var start = DateChecks.Possible(date.Start, _diagnostics);
            var end = DateChecks.Possible(date.End, _diagnostics);
            var ok = DateChecks.Range(date, start, end, _diagnostics);
            if (at is not null && published is not null && date.Rule is not null)
            {
                ok &= DateChecks.Rule(date, value ?? start, at.Text, published.Value, _diagnostics);
            }

            if (at is null || !ok || (value is null && (start is null || end is null)))
            {
                continue;
            }

            models.Add(new DateModel(date.Id.Text, References.Member(date.Id.Text), value, start, end, date.Mod is null ? null : Naming.Pascal(date.Mod.Text), date.Rule is null ? null : Naming.Pascal(date.Rule.Text), at, Line(date.Id)));
        }

        return models;
    }

    /// <summary>The 1-based line of a fact's id in the facts file.</summary>
    private static int Line(Located id) => id.Location.Line + 1;
}
