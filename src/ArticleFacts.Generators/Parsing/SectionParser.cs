using System;
using System.Collections.Immutable;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Parsing;

/// <summary>
/// Reads the id-keyed sections. Duplicate ids are kept here; the validator reports them. A fact whose
/// mapping a syntax error cut off is not read: only its id is kept, in <see cref="Incomplete"/>.
/// </summary>
internal sealed class SectionParser
{
    private static readonly string[] EntityKeys = { "type", "name", "aliases", "roles", "part_of", "mentioned" };
    private static readonly string[] RoleKeys = { "title", "of" };
    private static readonly string[] QuoteKeys = { "text", "speaker", "kind", "cue" };
    private static readonly string[] ClaimKeys = { "statement", "source", "stance", "evidence", "cue", "about", "subject", "object", "predicate", "when", "quantities" };
    private static readonly string[] EventKeys = { "type", "trigger", "participants", "place", "when", "tense" };
    private static readonly string[] QuantityKeys = { "at", "value", "unit", "comparator", "alt" };
    private static readonly string[] AmountKeys = { "value", "unit" };
    private static readonly string[] DateKeys = { "at", "value", "start", "end", "mod", "rule" };

    private readonly ParseContext _context;
    private readonly ImmutableArray<IncompleteFact>.Builder _incomplete = ImmutableArray.CreateBuilder<IncompleteFact>();

    public SectionParser(ParseContext context) => _context = context;

    /// <summary>The facts a syntax error cut off, in file order.</summary>
    public EquatableArray<IncompleteFact> Incomplete => new(_incomplete.ToImmutable());

    public EquatableArray<EntitySpec> Entities(YamlNode? node, YamlEntry? entry)
    {
        var entities = Read(node, "entities", EntityKeys, ReadEntity);
        // A quoted "" is no mapping, which Read reported already: one defect, one diagnostic.
        if (node is not null && entry is not null && !node.IsCut && node is YamlMapping { Entries.Count: 0 } or YamlScalar { IsPlain: true, IsPlaceholder: false, Value.Length: 0 })
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(entry.Key), "entities", "at least one entity is required (the publisher, at least)");
        }

        return entities;
    }

    public EquatableArray<EventSpec> Events(YamlNode? node) => Read(node, "events", EventKeys, ReadEvent);

    public EquatableArray<ClaimSpec> Claims(YamlNode? node) => Read(node, "claims", ClaimKeys, ReadClaim);

    public EquatableArray<QuoteSpec> Quotes(YamlNode? node) => Read(node, "quotes", QuoteKeys, ReadQuote);

    public EquatableArray<QuantitySpec> Quantities(YamlNode? node) => Read(node, "quantities", QuantityKeys, ReadQuantity);

    public EquatableArray<DateSpec> Dates(YamlNode? node) => Read(node, "dates", DateKeys, ReadDate);

    private EquatableArray<T> Read<T>(YamlNode? node, string section, string[] keys, Func<Located, FieldReader, T> read)
        where T : class, IEquatable<T>
    {
        if (node is null || node is YamlScalar { IsPlain: true, Value.Length: 0 } || (node.IsCut && node is not YamlMapping))
        {
            return EquatableArray<T>.Empty;
        }

        if (node is not YamlMapping mapping)
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(node), section, "expected a mapping from ids to " + section + ", found " + FieldReader.Describe(node));
            return EquatableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>(mapping.Entries.Count);
        foreach (var entry in mapping.Entries)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var id = _context.Located(entry.Key);
            if (entry.Value.IsCut)
            {
                // Withheld for the syntax error (reported): no diagnostic of its own for what was not reached.
                _incomplete.Add(new IncompleteFact(section, id));
                continue;
            }

            // A fact that is no mapping (reported, and attributed to it) is read as one without fields: its id is known, so
            // it is withheld under that id, and a use of it names the error instead of being a "no such member".
            items.Add(_context.Attributed(id.Location.Start, () => read(id, FieldReader.Open(_context, entry.Value, id.Location, $"{section}.{id.Text}", keys))));
        }

        return new EquatableArray<T>(items.ToImmutable());
    }

    private EntitySpec ReadEntity(Located id, FieldReader fields)
    {
        var type = fields.Enum("type", required: true, ValueForms.EntityTypes);
        var name = fields.Text("name", required: true);
        var aliases = fields.TextList("aliases");
        var roles = ReadRoles(fields, id.Text);
        var partOf = fields.Text("part_of", required: false);
        var mentioned = fields.Enum("mentioned", required: false, ValueForms.Booleans);
        // An invalid 'mentioned' (reported) is not also checked as a mention.
        var isMentioned = fields.Entry("mentioned") is null || mentioned?.Text == "true";
        return new EntitySpec(id, type, name, aliases, roles, partOf, isMentioned);
    }

    private EquatableArray<RoleSpec> ReadRoles(FieldReader fields, string entityId)
    {
        var node = fields.Node("roles", required: false);
        if (node is null)
        {
            return EquatableArray<RoleSpec>.Empty;
        }

        if (node is not YamlSequence sequence)
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(node), "roles", "expected a list of {title, of} mappings, found " + FieldReader.Describe(node));
            return EquatableArray<RoleSpec>.Empty;
        }

        var roles = ImmutableArray.CreateBuilder<RoleSpec>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var role = FieldReader.Open(_context, item, _context.Location(item), $"a role of '{entityId}'", RoleKeys);
            if (role.IsMapping)
            {
                roles.Add(new RoleSpec(role.Text("title", required: true), role.Text("of", required: false)));
            }
        }

        return new EquatableArray<RoleSpec>(roles.ToImmutable());
    }

    private static QuoteSpec ReadQuote(Located id, FieldReader fields) => new(
        id,
        fields.Anchor("text", required: true),
        fields.Text("speaker", required: true),
        fields.Enum("kind", required: false, ValueForms.QuoteKinds),
        fields.Anchor("cue", required: false));

    private ClaimSpec ReadClaim(Located id, FieldReader fields)
    {
        var statement = fields.Text("statement", required: true);
        var source = fields.Text("source", required: true);
        var stance = fields.Enum("stance", required: true, ValueForms.Stances);
        AnchorSpec? evidence = null;
        Located? evidenceQuote = null;
        var evidenceNode = fields.Node("evidence", required: true);
        if (evidenceNode is YamlMapping evidenceMap && evidenceMap.Entries.Exists(e => e.Key.Value == "quote"))
        {
            var quoteFields = FieldReader.Open(_context, evidenceNode, _context.Location(fields.Entry("evidence")!.Key), "evidence", new[] { "quote" });
            evidenceQuote = quoteFields.Text("quote", required: true);
        }
        else if (evidenceNode is not null)
        {
            evidence = fields.Anchor("evidence", required: true);
        }

        return new ClaimSpec(
            id,
            statement,
            source,
            stance,
            evidence,
            evidenceQuote,
            fields.Anchor("cue", required: false),
            fields.Text("about", required: false),
            fields.Text("subject", required: false),
            fields.Text("object", required: false),
            fields.Checked("predicate", required: false, ValueForms.IsSnakeCase, ValueForms.SnakeExpected),
            fields.Text("when", required: false),
            fields.TextList("quantities"));
    }

    private static EventSpec ReadEvent(Located id, FieldReader fields) => new(
        id,
        fields.Checked("type", required: true, ValueForms.IsSnakeCase, ValueForms.SnakeExpected),
        fields.Anchor("trigger", required: true),
        fields.TextList("participants"),
        fields.Text("place", required: false),
        fields.Text("when", required: false),
        fields.Enum("tense", required: false, ValueForms.Tenses));

    private QuantitySpec ReadQuantity(Located id, FieldReader fields)
    {
        var at = fields.Anchor("at", required: true);
        var value = fields.Checked("value", required: true, ValueForms.IsDecimal, ValueForms.DecimalExpected);
        var unit = fields.Checked("unit", required: true, ValueForms.IsUcum, ValueForms.UnitExpected);
        var comparator = fields.Enum("comparator", required: false, ValueForms.Comparators);
        AmountSpec? alt = null;
        var altNode = fields.Node("alt", required: false);
        if (altNode is not null)
        {
            var altKey = _context.Location(fields.Entry("alt")!.Key);
            var altFields = FieldReader.Open(_context, altNode, altKey, $"the alt of '{id.Text}'", AmountKeys);
            var altValue = altFields.Checked("value", required: true, ValueForms.IsDecimal, ValueForms.DecimalExpected);
            var altUnit = altFields.Checked("unit", required: true, ValueForms.IsUcum, ValueForms.UnitExpected);
            if (altValue is not null && altUnit is not null)
            {
                alt = new AmountSpec(altValue, altUnit, _context.Location(altNode));
            }
        }

        return new QuantitySpec(id, at, value, unit, comparator, alt);
    }

    private DateSpec ReadDate(Located id, FieldReader fields)
    {
        var at = fields.Anchor("at", required: true);
        var value = DateField(fields, "value");
        var start = DateField(fields, "start");
        var end = DateField(fields, "end");
        var hasValue = fields.Entry("value") is not null;
        var hasRange = fields.Entry("start") is not null || fields.Entry("end") is not null;
        if (!hasValue && !hasRange && !fields.IsMisspelt("value") && !fields.IsMisspelt("start") && !fields.IsMisspelt("end"))
        {
            _context.Error(DiagnosticIds.MissingKey, id.Location, "value", $"dates.{id.Text} (give 'value', or 'start' and 'end' for a range)");
        }
        else if (hasValue && hasRange)
        {
            var extra = fields.Entry("start") ?? fields.Entry("end")!;
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(extra.Key), extra.Key.Value, "give either 'value' or 'start' and 'end', not both");
            value = start = end = null;
        }
        else if (hasRange)
        {
            fields.Node(fields.Entry("start") is null ? "start" : "end", required: true);
        }

        return new DateSpec(
            id,
            at,
            value,
            start,
            end,
            fields.Enum("mod", required: false, ValueForms.DateMods),
            fields.Enum("rule", required: false, ValueForms.DateRules));
    }

    private static Located? DateField(FieldReader fields, string key) =>
        fields.Checked(key, required: false, t => DateValue.TryParseForm(t) is not null, ValueForms.PartialDateExpected);
}
