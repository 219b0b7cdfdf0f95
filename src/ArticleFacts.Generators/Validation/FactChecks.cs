using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Checks each fact (references, anchors, values), reports what is wrong, and returns what it resolved with the
/// errors that are the fact's own: those the parser reported inside its mapping, those reported while checking it, and
/// the article text's when the fact needs the text. Builds nothing: <see cref="ModelBuilder"/> does.
/// </summary>
internal sealed class FactChecks
{
    private readonly References _references;
    private readonly ArticleText _text;
    private readonly AnchorResolver? _anchors;
    private readonly DiagnosticBag _diagnostics;
    private readonly ILookup<int, DiagnosticInfo> _parseDefects;
    private readonly CancellationToken _cancellationToken;

    public FactChecks(FactsDocument document, References references, ArticleText text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        _references = references;
        _text = text;
        _anchors = text.Index is null ? null : new AnchorResolver(text.Index, diagnostics);
        _diagnostics = diagnostics;
        _parseDefects = document.Defects.ToLookup(d => d.IdStart, d => d.Diagnostic);
        _cancellationToken = cancellationToken;
    }

    /// <summary>The errors the parser reported in the article block.</summary>
    public IReadOnlyList<DiagnosticInfo> ArticleParseDefects => _parseDefects[ParseDefect.ArticleBlock].ToList();

    public Checked<EntitySpec, EntityParts> Entity(EntitySpec entity) => Check(entity, entity.Id, needsText: false, () =>
    {
        var partOf = _references.Resolve(entity.PartOf, new ReferenceRole("the part_of of", entity.Id.Text), FactKind.Entity, countsAsUse: false);
        var roles = entity.Roles
            .Select(role => new RoleParts(role.Title?.Text, _references.Resolve(role.Of, new ReferenceRole("a role's 'of' of", entity.Id.Text), FactKind.Entity, countsAsUse: false)))
            .ToList();
        return new EntityParts(partOf, roles);
    });

    public Checked<QuoteSpec, QuoteParts> Quote(QuoteSpec quote) => Check(quote, quote.Id, needsText: true, () =>
    {
        var speaker = _references.Resolve(quote.Speaker, new ReferenceRole("the speaker of quote", quote.Id.Text), FactKind.Entity, References.SpeakerTypes);
        var anchor = _anchors?.Resolve(quote.Text);
        var inMarks = anchor is not null && _anchors!.CheckQuotationMarks(quote.Text!, anchor);
        return new QuoteParts(speaker, anchor, inMarks, _anchors?.Resolve(quote.Cue));
    });

    /// <param name="claim">The claim.</param>
    /// <param name="quotes">The checked quotes, for a claim whose evidence is a quote.</param>
    /// <param name="publisher">The resolved publisher: the source of a claim in the article's own voice.</param>
    public Checked<ClaimSpec, ClaimParts> Claim(ClaimSpec claim, IReadOnlyList<Checked<QuoteSpec, QuoteParts>> quotes, FactRef? publisher) => Check(claim, claim.Id, needsText: true, () =>
    {
        var id = claim.Id.Text;
        var isAuthor = claim.Source?.Text == "author";
        var source = isAuthor ? publisher : _references.Resolve(claim.Source, new ReferenceRole("the source of claim", id), FactKind.Entity, References.SpeakerTypes);
        var evidenceQuote = _references.Resolve(claim.EvidenceQuote, new ReferenceRole("the evidence of claim", id), FactKind.Quote);
        var evidence = evidenceQuote is null
            ? _anchors?.Resolve(claim.Evidence)
            : quotes.FirstOrDefault(q => q.Spec.Id.Text == evidenceQuote.Id)?.Parts.Anchor;
        return new ClaimParts(
            source,
            isAuthor && publisher is null,
            evidenceQuote,
            evidence,
            _anchors?.Resolve(claim.Cue),
            _references.Resolve(claim.About, new ReferenceRole("the 'about' of claim", id), FactKind.Event),
            _references.Resolve(claim.Subject, new ReferenceRole("the subject of claim", id), FactKind.Entity),
            _references.Resolve(claim.Object, new ReferenceRole("the object of claim", id), FactKind.Entity),
            _references.Resolve(claim.When, new ReferenceRole("the 'when' of claim", id), FactKind.Date),
            _references.ResolveAll(claim.Quantities, new ReferenceRole("the quantities of claim", id), FactKind.Quantity));
    });

    public Checked<EventSpec, EventParts> Event(EventSpec ev) => Check(ev, ev.Id, needsText: true, () =>
    {
        var id = ev.Id.Text;
        return new EventParts(
            _references.ResolveAll(ev.Participants, new ReferenceRole("the participants of event", id), FactKind.Entity),
            _references.Resolve(ev.Place, new ReferenceRole("the place of event", id), FactKind.Entity, References.PlaceTypes),
            _references.Resolve(ev.When, new ReferenceRole("the 'when' of event", id), FactKind.Date),
            _anchors?.Resolve(ev.Trigger));
    });

    public Checked<QuantitySpec, QuantityParts> Quantity(QuantitySpec quantity) => Check(quantity, quantity.Id, needsText: true, () =>
    {
        var at = _anchors?.Resolve(quantity.At);
        var value = Decimal(quantity.Value);
        var alt = quantity.Alt is { } a && Decimal(a.Value) is { } altValue ? new AmountModel(altValue, a.Unit.Text) : null;
        QuantityChecks.AltConverts(quantity, value, alt, _diagnostics);
        if (at is not null && value is not null)
        {
            QuantityChecks.ValueInText(quantity, value.Value, at, _diagnostics);
        }

        return new QuantityParts(at, value, alt);
    });

    /// <param name="date">The date.</param>
    /// <param name="published">The publication date, when it is known: the rules derive dates from it.</param>
    public Checked<DateSpec, DateParts> Date(DateSpec date, DateTime? published) => Check(date, date.Id, needsText: true, () =>
    {
        var at = _anchors?.Resolve(date.At);
        var value = DateChecks.Possible(date.Value, _diagnostics);
        var start = DateChecks.Possible(date.Start, _diagnostics);
        var end = DateChecks.Possible(date.End, _diagnostics);
        DateChecks.Range(date, start, end, _diagnostics);
        if (at is not null && published is not null && date.Rule is not null)
        {
            DateChecks.Rule(date, value ?? start, at.Text, published.Value, _diagnostics);
        }

        return new DateParts(at, value, start, end, date.Rule is not null && published is null);
    });

    /// <summary>The value the parser checked the form of (<c>-?[0-9]+(.[0-9]+)?</c>, within System.Decimal), parsed once.</summary>
    private static decimal? Decimal(Located? text) =>
        text is not null && decimal.TryParse(text.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private Checked<TSpec, TParts> Check<TSpec, TParts>(TSpec spec, Located id, bool needsText, Func<TParts> check)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var mark = _diagnostics.Mark;
        var parts = check();
        var defects = _parseDefects[id.Location.Start].Concat(_diagnostics.WithholdingSince(mark)).ToList();
        if (needsText && _text.Defect is { } textDefect)
        {
            defects.Add(textDefect);
        }

        return new Checked<TSpec, TParts>(spec, parts, defects);
    }
}
