using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Builds the emit-ready <see cref="ArticleModel"/> from what the checks resolved, and reports nothing: each fact gets
/// its value when the checks left it complete, and the withholding closure decides which facts are withheld. A fact
/// whose id cannot become a member (malformed, duplicate, colliding, reserved) is not in the model; the facts that
/// refer to it are withheld.
/// </summary>
internal sealed class ModelBuilder
{
    private readonly CheckedArticle _checked;
    private readonly List<FactNode> _nodes = new();

    private ModelBuilder(CheckedArticle @checked) => _checked = @checked;

    public static ArticleModel Build(string path, string id, string className, CheckedArticle @checked) =>
        new ModelBuilder(@checked).Build(path, id, className);

    private ArticleModel Build(string path, string id, string className)
    {
        var c = _checked;
        var articleRef = FactRef.To(FactKind.Article, id);
        var article = Article(c);
        var articleDefect = c.ArticleDefects.Count > 0 ? c.ArticleDefects[0] : c.Text.Defect;
        _nodes.Add(new FactNode(articleRef, articleDefect is null ? null : Withholding.Own(articleDefect), article is not null, c.Publisher is null ? Array.Empty<FactRef>() : new[] { c.Publisher }, c.Document.Article!.Key));

        var entities = Section(FactKind.Entity, c.Entities, e => e.Spec.Id, Entity, e => Refs(e.Parts.PartOf).Concat(e.Parts.Roles.Select(r => r.Of)));
        var events = Section(FactKind.Event, c.Events, e => e.Spec.Id, Event, e => Refs(e.Parts.Place, e.Parts.When).Concat(e.Parts.Participants ?? (IEnumerable<FactRef?>)Array.Empty<FactRef>()));
        var claims = Section(FactKind.Claim, c.Claims, e => e.Spec.Id, Claim, e => Refs(e.Parts.Source, e.Parts.EvidenceQuote, e.Parts.About, e.Parts.Subject, e.Parts.Object, e.Parts.When, e.Parts.NeedsArticle ? articleRef : null).Concat(e.Parts.Quantities ?? (IEnumerable<FactRef?>)Array.Empty<FactRef>()));
        var quotes = Section(FactKind.Quote, c.Quotes, e => e.Spec.Id, Quote, e => Refs(e.Parts.Speaker));
        var quantities = Section(FactKind.Quantity, c.Quantities, e => e.Spec.Id, Quantity, _ => Array.Empty<FactRef?>());
        var dates = Section(FactKind.Date, c.Dates, e => e.Spec.Id, Date, e => Refs(e.Parts.NeedsArticle ? articleRef : null));

        foreach (var cut in c.Document.Incomplete)
        {
            _ = cut.Section switch
            {
                "entities" => entities.Cut(this, FactKind.Entity, cut.Id),
                "events" => events.Cut(this, FactKind.Event, cut.Id),
                "claims" => claims.Cut(this, FactKind.Claim, cut.Id),
                "quotes" => quotes.Cut(this, FactKind.Quote, cut.Id),
                "quantities" => quantities.Cut(this, FactKind.Quantity, cut.Id),
                _ => dates.Cut(this, FactKind.Date, cut.Id),
            };
        }

        var withheld = WithholdingClosure.Close(_nodes, c.Document.SyntaxError);
        return new ArticleModel(
            path,
            id,
            className,
            new Fact<ArticleInfo>(id, "Article", c.Document.Article!.Key.Line + 1, article, withheld.TryGetValue(articleRef, out var w) ? w : null),
            entities.Finish(withheld),
            events.Finish(withheld),
            claims.Finish(withheld),
            quotes.Finish(withheld),
            quantities.Finish(withheld),
            dates.Finish(withheld));
    }

    private static ArticleInfo? Article(CheckedArticle c)
    {
        var spec = c.Document.Article!;
        return c.Publisher is null || c.Published is null || c.Text.Index is not { } text
            ? null
            : new ArticleInfo(spec.Title?.Text, c.Publisher, c.Published, spec.Language?.Text ?? "en", spec.Url?.Text, text.Text, text.Body);
    }

    private Pending<T> Section<TSpec, TParts, T>(
        FactKind kind,
        IReadOnlyList<Checked<TSpec, TParts>> facts,
        Func<Checked<TSpec, TParts>, Located> idOf,
        Func<Checked<TSpec, TParts>, T?> build,
        Func<Checked<TSpec, TParts>, IEnumerable<FactRef?>> refersTo)
        where T : class, IEquatable<T>
    {
        var pending = new Pending<T>();
        foreach (var fact in facts)
        {
            var id = idOf(fact);
            var entry = _checked.Ids.Find(id.Text);
            if (entry is null || !entry.Id.Equals(id))
            {
                continue; // a later duplicate: the id is the first definition's (AF2001)
            }

            var factRef = FactRef.To(kind, id.Text);
            if (!entry.IsValid)
            {
                _nodes.Add(new FactNode(factRef, entry.Defect is null ? null : Withholding.Own(entry.Defect), false, Array.Empty<FactRef>(), id.Location));
                continue;
            }

            var value = fact.Defects.Count == 0 ? build(fact) : null;
            var own = fact.Defects.Count > 0 ? Withholding.Own(fact.Defects[0]) : null;
            _nodes.Add(new FactNode(factRef, own, value is not null, refersTo(fact).OfType<FactRef>().ToList(), id.Location));
            pending.Add(factRef, id.Location.Line + 1, value);
        }

        return pending;
    }

    private static IEnumerable<FactRef?> Refs(params FactRef?[] refs) => refs;

    private EntityModel? Entity(Checked<EntitySpec, EntityParts> e)
    {
        var spec = e.Spec;
        if (FactEnums.Parse<EntityType>(spec.Type?.Text) is not { } type || spec.Name is null || !Complete(spec.PartOf, e.Parts.PartOf)
            || e.Parts.Roles.Any(r => r.Title is null) || spec.Roles.Where((r, i) => !Complete(r.Of, e.Parts.Roles[i].Of)).Any())
        {
            return null;
        }

        return new EntityModel(
            spec.Id.Text,
            Naming.Pascal(spec.Id.Text),
            type,
            spec.Name.Text,
            spec.Aliases.Select(a => a.Text).ToEquatableArray(),
            e.Parts.Roles.Select(r => new RoleModel(r.Title!, r.Of)).ToEquatableArray(),
            e.Parts.PartOf,
            spec.Mentioned);
    }

    private static QuoteModel? Quote(Checked<QuoteSpec, QuoteParts> q) =>
        q.Parts.Speaker is { } speaker && q.Parts.Anchor is { } anchor && Complete(q.Spec.Cue, q.Parts.Cue)
            ? new QuoteModel(q.Spec.Id.Text, Naming.Pascal(q.Spec.Id.Text), speaker, FactEnums.Parse<QuoteKind>(q.Spec.Kind?.Text) ?? QuoteKind.Direct, q.Parts.Cue, anchor)
            : null;

    private static ClaimModel? Claim(Checked<ClaimSpec, ClaimParts> c)
    {
        var (spec, p) = (c.Spec, c.Parts);
        if (p.Source is null || p.Evidence is null || spec.Statement is null || FactEnums.Parse<Stance>(spec.Stance?.Text) is not { } stance || p.Quantities is null
            || !Complete(spec.Cue, p.Cue) || !Complete(spec.About, p.About) || !Complete(spec.Subject, p.Subject) || !Complete(spec.Object, p.Object) || !Complete(spec.When, p.When))
        {
            return null;
        }

        return new ClaimModel(
            spec.Id.Text,
            Naming.Pascal(spec.Id.Text),
            spec.Statement.Text,
            p.Source,
            spec.Source?.Text == "author",
            stance,
            p.Evidence,
            p.EvidenceQuote,
            p.Cue,
            p.About,
            p.Subject,
            p.Object,
            spec.Predicate?.Text,
            p.When,
            p.Quantities.ToEquatableArray());
    }

    private static EventModel? Event(Checked<EventSpec, EventParts> e)
    {
        var (spec, p) = (e.Spec, e.Parts);
        var tense = FactEnums.Parse<Tense>(spec.Tense?.Text);
        return p.Participants is null || p.Trigger is null || spec.Type is null || !Complete(spec.Place, p.Place) || !Complete(spec.When, p.When) || !Complete(spec.Tense, tense)
            ? null
            : new EventModel(spec.Id.Text, Naming.Pascal(spec.Id.Text), spec.Type.Text, p.Participants.ToEquatableArray(), p.Place, p.When, tense, p.Trigger);
    }

    private static QuantityModel? Quantity(Checked<QuantitySpec, QuantityParts> q)
    {
        var (spec, p) = (q.Spec, q.Parts);
        var comparator = FactEnums.Parse<Comparator>(spec.Comparator?.Text);
        return p.At is null || p.Value is not { } value || spec.Unit is null || !Complete(spec.Alt, p.Alt) || !Complete(spec.Comparator, comparator)
            ? null
            : new QuantityModel(spec.Id.Text, Naming.Pascal(spec.Id.Text), value, spec.Unit.Text, comparator ?? Model.Comparator.Exact, p.Alt, p.At);
    }

    private static DateModel? Date(Checked<DateSpec, DateParts> d)
    {
        var (spec, p) = (d.Spec, d.Parts);
        var mod = FactEnums.Parse<DateMod>(spec.Mod?.Text);
        var rule = FactEnums.Parse<DateRule>(spec.Rule?.Text);
        var hasValue = p.Value is not null ? p.Start is null && p.End is null : p.Start is not null && p.End is not null;
        return p.At is null || !hasValue || !Complete(spec.Mod, mod) || !Complete(spec.Rule, rule)
            ? null
            : new DateModel(spec.Id.Text, Naming.Pascal(spec.Id.Text), p.Value, p.Start, p.End, mod, rule, p.At);
    }

    /// <summary>An optional part is complete when it was not given, or was given and resolved.</summary>
    private static bool Complete(object? given, object? resolved) => given is null || resolved is not null;

    /// <summary>A section's facts in file order, before the closure says which are withheld.</summary>
    private sealed class Pending<T>
        where T : class, IEquatable<T>
    {
        private readonly List<(FactRef Ref, int Line, T? Value)> _facts = new();

        public void Add(FactRef fact, int line, T? value) => _facts.Add((fact, line, value));

        /// <summary>
        /// Adds a fact a syntax error cut off (withheld for it) when its id can be a member of its own: a well-formed
        /// id, no reserved name, and no other fact of the section with the same name.
        /// </summary>
        public bool Cut(ModelBuilder builder, FactKind kind, Located id)
        {
            var fact = FactRef.To(kind, id.Text);
            if (builder._checked.Document.SyntaxError is not { } cause || !Parsing.ValueForms.IsId(id.Text) || builder._checked.Ids.Find(id.Text) is not null
                || FormatFacts.IsReservedMember(fact.Member, kind.ClassName()) || _facts.Any(f => f.Ref.Member == fact.Member))
            {
                return false;
            }

            builder._nodes.Add(new FactNode(fact, Withholding.Own(cause), false, Array.Empty<FactRef>(), id.Location));
            _facts.Add((fact, id.Location.Line + 1, null));
            return true;
        }

        public EquatableArray<Fact<T>> Finish(IReadOnlyDictionary<FactRef, Withholding> withheld) =>
            new(_facts.Select(f => new Fact<T>(f.Ref.Id, f.Ref.Member, f.Line, f.Value, withheld.TryGetValue(f.Ref, out var w) ? w : null)).ToImmutableArray());
    }
}
