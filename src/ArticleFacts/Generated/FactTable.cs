using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using System.Text;
using System.Threading;

namespace ArticleFacts.Generated;

/// <summary>
/// The facts of one article as the generator emits them: one line of data per fact, decoded when a fact is first read.
/// Generated code only: each generated member is a thin accessor (<c>Table.Quote("quote_kcna")</c>), so the compiler
/// binds one call per fact instead of a constructor call with every field, and reading one fact decodes that fact and
/// the facts it names, nothing else. The data's form belongs to the generator of the same package version; it is not an
/// interface to write by hand.
/// </summary>
/// <remarks>
/// Every fact is built once: two reads of one id, a fact named by another (a claim's source) and the section's
/// <c>All</c> give the same object, and two facts anchored at the same words share one <see cref="Anchor"/>. Safe for
/// concurrent readers: a fact decoded by two threads at once is kept once, and both get the kept one.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactTable
{
    /// <summary>The first line of the data: the form this runtime reads.</summary>
    public const string Header = "ArticleFacts.FactTable 1";

    private readonly string _data;
    private readonly Section _entities = new('E', "entity"), _dates = new('D', "date"), _quantities = new('N', "quantity");
    private readonly Section _events = new('V', "event"), _quotes = new('Q', "quote"), _claims = new('C', "claim");
    private readonly Dictionary<long, Anchor> _anchors = new();
    private readonly int _articleStart = -1, _articleLength;
    private ImmutableArray<Entity> _allEntities;
    private ImmutableArray<DateExpression> _allDates;
    private ImmutableArray<Quantity> _allQuantities;
    private ImmutableArray<Event> _allEvents;
    private ImmutableArray<Quote> _allQuotes;
    private ImmutableArray<Claim> _allClaims;
    private Article? _article;
    private FactSheet? _sheet;

    /// <summary>Reads the data the generator wrote as UTF-8 (C# 11 and later).</summary>
    public FactTable(ReadOnlySpan<byte> utf8Data)
        : this(Encoding.UTF8.GetString(utf8Data))
    {
    }

    /// <summary>Reads the data the generator wrote as a string literal (before C# 11).</summary>
    public FactTable(string data)
    {
        _data = data ?? throw new ArgumentNullException(nameof(data));
        var first = data.IndexOf('\n');
        if (first < 0 || data.AsSpan(0, first).SequenceEqual(Header.AsSpan()) is false)
        {
            throw new FormatException($"The generated fact data does not start with '{Header}': the generator and the ArticleFacts runtime are of different versions; rebuild the project.");
        }

        for (var start = first + 1; start < data.Length;)
        {
            var end = data.IndexOf('\n', start);
            end = end < 0 ? data.Length : end;
            var tag = data[start];
            if (tag == 'A')
            {
                (_articleStart, _articleLength) = (start, end - start);
            }
            else
            {
                var record = new FactRecord(data.AsSpan(start, end - start));
                record.Raw();
                SectionOf(tag).Add(record.RequiredText(), start, end - start);
            }

            start = end + 1;
        }

        foreach (var section in new[] { _entities, _dates, _quantities, _events, _quotes, _claims })
        {
            section.Seal();
        }
    }

    /// <summary>The entity of id <paramref name="id"/>, decoded on its first read.</summary>
    public Entity Entity(string id) => (Entity)Get(_entities, _entities.Slot(id));

    /// <summary>The date expression of id <paramref name="id"/>, decoded on its first read.</summary>
    public DateExpression Date(string id) => (DateExpression)Get(_dates, _dates.Slot(id));

    /// <summary>The quantity of id <paramref name="id"/>, decoded on its first read.</summary>
    public Quantity Quantity(string id) => (Quantity)Get(_quantities, _quantities.Slot(id));

    /// <summary>The event of id <paramref name="id"/>, decoded on its first read.</summary>
    public Event Event(string id) => (Event)Get(_events, _events.Slot(id));

    /// <summary>The quote of id <paramref name="id"/>, decoded on its first read.</summary>
    public Quote Quote(string id) => (Quote)Get(_quotes, _quotes.Slot(id));

    /// <summary>The claim of id <paramref name="id"/>, decoded on its first read.</summary>
    public Claim Claim(string id) => (Claim)Get(_claims, _claims.Slot(id));

    /// <summary>Every entity of the data, in file order.</summary>
    public ImmutableArray<Entity> Entities() => All(_entities, ref _allEntities);

    /// <summary>Every date expression of the data, in file order.</summary>
    public ImmutableArray<DateExpression> Dates() => All(_dates, ref _allDates);

    /// <summary>Every quantity of the data, in file order.</summary>
    public ImmutableArray<Quantity> Quantities() => All(_quantities, ref _allQuantities);

    /// <summary>Every event of the data, in file order.</summary>
    public ImmutableArray<Event> Events() => All(_events, ref _allEvents);

    /// <summary>Every quote of the data, in file order.</summary>
    public ImmutableArray<Quote> Quotes() => All(_quotes, ref _allQuotes);

    /// <summary>Every claim of the data, in file order.</summary>
    public ImmutableArray<Claim> Claims() => All(_claims, ref _allClaims);

    /// <summary>The article, its text given (the generated class holds the text apart, so that reading a fact never decodes it).</summary>
    public Article Article(string text)
    {
        if (Volatile.Read(ref _article) is { } article)
        {
            return article;
        }

        if (_articleStart < 0)
        {
            throw new InvalidOperationException("The generated fact data holds no article; rebuild the project.");
        }

        var r = new FactRecord(_data.AsSpan(_articleStart, _articleLength));
        r.Raw();
        var id = r.RequiredText();
        var title = r.Text();
        var publisher = EntityRef(ref r)!;
        var published = r.Date();
        var language = r.RequiredText();
        var url = r.Text();
        var (start, length, line, column) = (r.Int(), r.Int(), r.Int(), r.Int());
        var built = new Article(id, title, publisher, new DateOnly(published.Year, published.Month, published.Day), language, url, text, new Anchor(start, length, line, column, text.Substring(start, length)));
        return Interlocked.CompareExchange(ref _article, built, null) ?? built;
    }

    /// <summary>The fact sheet of <paramref name="article"/>: the article and every section's facts.</summary>
    public FactSheet Sheet(Article article)
    {
        if (Volatile.Read(ref _sheet) is { } sheet)
        {
            return sheet;
        }

        var built = new FactSheet(article, Entities(), Events(), Claims(), Quotes(), Quantities(), Dates());
        return Interlocked.CompareExchange(ref _sheet, built, null) ?? built;
    }

    /// <summary>A section's facts in file order, built once: the section's <c>All</c> and the fact sheet hold the same array.</summary>
    private ImmutableArray<T> All<T>(Section section, ref ImmutableArray<T> cache)
        where T : class
    {
        if (!cache.IsDefault)
        {
            return cache;
        }

        var builder = ImmutableArray.CreateBuilder<T>(section.Starts.Count);
        for (var slot = 0; slot < section.Starts.Count; slot++)
        {
            builder.Add((T)Get(section, slot));
        }

        ImmutableInterlocked.InterlockedInitialize(ref cache, builder.MoveToImmutable());
        return cache;
    }

    /// <summary>How many facts of the section of <paramref name="tag"/> have been decoded so far (for tests of laziness).</summary>
    internal int Decoded(char tag) => SectionOf(tag).Values.Count(v => v is not null);

    private object Get(Section section, int slot)
    {
        if (Volatile.Read(ref section.Values[slot]) is { } value)
        {
            return value;
        }

        var built = Decode(section.Tag, new FactRecord(_data.AsSpan(section.Starts[slot], section.Lengths[slot])));
        return Interlocked.CompareExchange(ref section.Values[slot], built, null) ?? built;
    }

    private object Decode(char tag, FactRecord r)
    {
        r.Raw();
        var id = r.RequiredText();
        return tag switch
        {
            'E' => DecodeEntity(id, ref r),
            'D' => DecodeDate(id, ref r),
            'N' => DecodeQuantity(id, ref r),
            'V' => DecodeEvent(id, ref r),
            'Q' => new Quote(id, EntityRef(ref r)!, (QuoteKind)r.Int(), AnchorOrNull(ref r), AnchorOrNull(ref r)!),
            _ => DecodeClaim(id, ref r),
        };
    }

    private Entity DecodeEntity(string id, ref FactRecord r)
    {
        var type = (EntityType)r.Int();
        var name = r.RequiredText();
        var aliases = new string[r.Int()];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = r.RequiredText();
        }

        var roles = new Role[r.Int()];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = new Role(r.RequiredText(), EntityRef(ref r));
        }

        var partOf = EntityRef(ref r);
        var mentioned = r.Int() != 0;
        var aliasArray = aliases.Length == 0 ? ValueArray<string>.Empty : ValueArray.Create(aliases);
        var roleArray = roles.Length == 0 ? ValueArray<Role>.Empty : ValueArray.Create(roles);
        return type switch
        {
            EntityType.Person => new Person(id, name, aliasArray, roleArray, partOf, mentioned),
            EntityType.Organization => new Organization(id, name, aliasArray, roleArray, partOf, mentioned),
            EntityType.Country => new Country(id, name, aliasArray, roleArray, partOf, mentioned),
            EntityType.Place => new Place(id, name, aliasArray, roleArray, partOf, mentioned),
            _ => new Group(id, name, aliasArray, roleArray, partOf, mentioned),
        };
    }

    private DateExpression DecodeDate(string id, ref FactRecord r)
    {
        var range = r.Int() != 0;
        var first = r.Date();
        var last = range ? r.Date() : default;
        var mod = (DateMod?)r.OptionalInt();
        var rule = (DateRule?)r.OptionalInt();
        var at = AnchorOrNull(ref r)!;
        return range ? new DateExpression(id, first, last, mod, rule, at) : new DateExpression(id, first, mod, rule, at);
    }

    private Quantity DecodeQuantity(string id, ref FactRecord r)
    {
        var value = r.Decimal();
        var unit = r.RequiredText();
        var comparator = (Comparator)r.Int();
        var alt = r.Int() != 0 ? new Amount(r.Decimal(), r.RequiredText()) : null;
        return new Quantity(id, value, unit, comparator, alt, AnchorOrNull(ref r)!);
    }

    private Event DecodeEvent(string id, ref FactRecord r)
    {
        var type = r.RequiredText();
        var participants = new Entity[r.Int()];
        for (var i = 0; i < participants.Length; i++)
        {
            participants[i] = EntityRef(ref r)!;
        }

        var place = EntityRef(ref r);
        var when = Ref(ref r, _dates) as DateExpression;
        var tense = (Tense?)r.OptionalInt();
        var trigger = AnchorOrNull(ref r)!;
        return new Event(id, type, participants.Length == 0 ? ValueArray<Entity>.Empty : ValueArray.Create(participants), place, when, tense, trigger);
    }

    private Claim DecodeClaim(string id, ref FactRecord r)
    {
        var statement = r.RequiredText();
        var source = EntityRef(ref r)!;
        var isAuthorVoice = r.Int() != 0;
        var stance = (Stance)r.Int();
        var evidence = AnchorOrNull(ref r)!;
        var evidenceQuote = Ref(ref r, _quotes) as Quote;
        var cue = AnchorOrNull(ref r);
        var about = Ref(ref r, _events) as Event;
        var subject = EntityRef(ref r);
        var @object = EntityRef(ref r);
        var predicate = r.Text();
        var when = Ref(ref r, _dates) as DateExpression;
        var quantities = new Quantity[r.Int()];
        for (var i = 0; i < quantities.Length; i++)
        {
            quantities[i] = (Quantity)Ref(ref r, _quantities)!;
        }

        return new Claim(id, statement, source, isAuthorVoice, stance, evidence, evidenceQuote, cue, about, subject, @object, predicate, when,
            quantities.Length == 0 ? ValueArray<Quantity>.Empty : ValueArray.Create(quantities));
    }

    private Entity? EntityRef(ref FactRecord r) => Ref(ref r, _entities) as Entity;

    private object? Ref(ref FactRecord r, Section section) => r.Text() is { } id ? Get(section, section.Slot(id)) : null;

    /// <summary>An anchor (start, length, line, column, text), or null; one object per place in the text.</summary>
    private Anchor? AnchorOrNull(ref FactRecord r)
    {
        if (r.OptionalInt() is not { } start)
        {
            return null;
        }

        var (length, line, column, text) = (r.Int(), r.Int(), r.Int(), r.RequiredText());
        var key = ((long)start << 32) | (uint)length;
        lock (_anchors)
        {
            if (!_anchors.TryGetValue(key, out var anchor))
            {
                anchor = new Anchor(start, length, line, column, text);
                _anchors.Add(key, anchor);
            }

            return anchor;
        }
    }

    private Section SectionOf(char tag) => tag switch
    {
        'E' => _entities,
        'D' => _dates,
        'N' => _quantities,
        'V' => _events,
        'Q' => _quotes,
        'C' => _claims,
        _ => throw new FormatException($"The generated fact data has a line of unknown kind '{tag}'; rebuild the project."),
    };

    /// <summary>
    /// One section's lines (<see cref="Tag"/> starts each, <see cref="Kind"/> names them in messages): where each fact's
    /// line lies, its slot by id, and the fact once decoded. Fields, not properties: a first read JIT-compiles every
    /// method it calls, and these are read on every one.
    /// </summary>
    private sealed class Section(char tag, string kind)
    {
        public readonly char Tag = tag;
        public readonly string Kind = kind;
        public readonly List<int> Starts = new(), Lengths = new();

        /// <summary>Each fact once decoded (allocated by <see cref="Seal"/>, before any reader can see the table).</summary>
        public object?[] Values = Array.Empty<object?>();

        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

        public void Add(string id, int start, int length)
        {
            _slots.Add(id, Starts.Count);
            Starts.Add(start);
            Lengths.Add(length);
        }

        public void Seal() => Values = new object?[Starts.Count];

        public int Slot(string id) =>
            _slots.TryGetValue(id, out var slot) ? slot : throw new KeyNotFoundException($"The generated fact data has no {Kind} '{id}'; rebuild the project.");
    }
}
