using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Every id of a file, its section and its generated name. Reports malformed ids (AF0004),
/// duplicates (AF2001, at the later one) and name collisions or reserved names (AF2002).
/// References resolve against the first definition of an id.
/// </summary>
internal sealed class IdTable
{
    private readonly Dictionary<string, IdEntry> _byId;

    public IdTable(FactsDocument document, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var all = new List<IdEntry>();
        all.AddRange(document.Entities.Select(e => new IdEntry(e.Id, FactKind.Entity)));
        all.AddRange(document.Events.Select(e => new IdEntry(e.Id, FactKind.Event)));
        all.AddRange(document.Claims.Select(e => new IdEntry(e.Id, FactKind.Claim)));
        all.AddRange(document.Quotes.Select(e => new IdEntry(e.Id, FactKind.Quote)));
        all.AddRange(document.Quantities.Select(e => new IdEntry(e.Id, FactKind.Quantity)));
        all.AddRange(document.Dates.Select(e => new IdEntry(e.Id, FactKind.Date)));
        all.Sort((a, b) => a.Id.Location.Start.CompareTo(b.Id.Location.Start));

        // Sized once for every id: the tables are built for each article and each edit.
        _byId = new Dictionary<string, IdEntry>(all.Count, StringComparer.Ordinal);
        var names = new Dictionary<(FactKind, string), IdEntry>(all.Count);
        foreach (var entry in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Check(entry, names, diagnostics);
        }
    }

    private void Check(IdEntry entry, Dictionary<(FactKind, string), IdEntry> names, DiagnosticBag diagnostics)
    {
        var mark = diagnostics.Mark;
        CheckId(entry, names, diagnostics);
        if (!entry.IsValid)
        {
            entry.Defect = diagnostics.WithholdingSince(mark).FirstOrDefault();
        }
    }

    private void CheckId(IdEntry entry, Dictionary<(FactKind, string), IdEntry> names, DiagnosticBag diagnostics)
    {
        var id = entry.Id.Text;
        if (!Parsing.ValueForms.IsId(id))
        {
            diagnostics.Add(DiagnosticIds.MalformedValue, entry.Id.Location, "id", $"'{id}' is not {Parsing.ValueForms.IdExpected}");
            entry.IsValid = false;
        }
        else if (_byId.TryGetValue(id, out var first))
        {
            diagnostics.Add(DiagnosticIds.DuplicateId, entry.Id.Location, id, $"{first.Id.Location.Display} ({first.Kind.Noun()})");
            entry.IsValid = false;
            return;
        }

        if (!_byId.ContainsKey(id))
        {
            _byId.Add(id, entry);
        }

        if (!entry.IsValid)
        {
            return;
        }

        var name = Naming.Pascal(id);
        var className = entry.Kind.ClassName();
        if (FormatFacts.IsReservedMember(name, className))
        {
            diagnostics.Add(DiagnosticIds.NameCollision, entry.Id.Location, $"Id '{id}' becomes the name '{name}', which is reserved in {className} (reserved: {className}, {string.Join(", ", FormatFacts.ReservedMembers)}): choose another id");
            entry.IsValid = false;
        }
        else if (entry.Kind == FactKind.Entity && id == FormatFacts.AuthorId)
        {
            diagnostics.Add(DiagnosticIds.NameCollision, entry.Id.Location, "The entity id 'author' is reserved: a claim's 'source: author' means the article's own voice; choose another id");
            entry.IsValid = false;
        }
        else if (names.TryGetValue((entry.Kind, name), out var other))
        {
            diagnostics.Add(DiagnosticIds.NameCollision, entry.Id.Location, $"Id '{id}' becomes the name '{name}' in {className}, like '{other.Id.Text}' at {other.Id.Location.Display}: rename one of them");
            entry.IsValid = false;
        }
        else
        {
            names.Add((entry.Kind, name), entry);
        }
    }

    public IdEntry? Find(string id) => _byId.TryGetValue(id, out var entry) ? entry : null;

    public IEnumerable<string> IdsOf(FactKind kind) => _byId.Values.Where(e => e.Kind == kind).Select(e => e.Id.Text);
}

internal sealed class IdEntry(Located id, FactKind kind)
{
    public Located Id { get; } = id;

    public FactKind Kind { get; } = kind;

    public bool IsValid { get; set; } = true;

    /// <summary>The error that makes the id invalid (null while it is valid): the fact is withheld for it.</summary>
    public DiagnosticInfo? Defect { get; set; }
}
