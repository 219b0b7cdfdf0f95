using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Resolves references to ids: undefined (AF2003, with the nearest id) and wrong kind (AF2004).
/// A reference to an entity whose own type is invalid is not also reported as the wrong kind.
/// </summary>
internal sealed class References
{
    public static readonly string[] SpeakerTypes = { "person", "organization", "country", "group" };
    public static readonly string[] PlaceTypes = { "country", "place" };

    private readonly IdTable _ids;
    private readonly Dictionary<string, EntitySpec> _entities = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _cut;

    public References(IdTable ids, FactsDocument document, DiagnosticBag diagnostics)
    {
        _ids = ids;
        _diagnostics = diagnostics;
        _cut = document.SyntaxError is not null;
        foreach (var entity in document.Entities)
        {
            if (!_entities.ContainsKey(entity.Id.Text))
            {
                _entities.Add(entity.Id.Text, entity);
            }
        }
    }

    /// <summary>Every entity id some fact refers to (for AF4001 later).</summary>
    public HashSet<string> UsedEntities { get; } = new(StringComparer.Ordinal);

    public bool IsEntity(string id) => _ids.Find(id)?.Kind == FactKind.Entity;

    public EntitySpec? Entity(string id) => _entities.TryGetValue(id, out var entity) ? entity : null;

    /// <summary>
    /// Resolves <paramref name="reference"/> to a <paramref name="kind"/>, or null when it is absent or reported.
    /// <paramref name="types"/> restricts an entity's type. A reference to a fact whose own id is invalid resolves: that
    /// fact is withheld, and the withholding closure withholds the referrer with it.
    /// </summary>
    public FactRef? Resolve(Located? reference, ReferenceRole role, FactKind kind, IReadOnlyList<string>? types = null, bool countsAsUse = true)
    {
        if (reference is null)
        {
            return null;
        }

        var id = reference.Text;
        var entry = _ids.Find(id);
        if (entry is null)
        {
            if (_cut)
            {
                // The id may be a fact the syntax error cut off or hid: the AF0001 explains it, no AF2003 beside it.
                return null;
            }

            // When the message would be dropped anyway, skip the search for the nearest id (quadratic over a hostile file).
            var nearest = _diagnostics.IsFull ? null : NearestId(id, _ids.IdsOf(kind).ToList());
            var hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
            _diagnostics.Add(DiagnosticIds.UndefinedReference, reference.Location, id, role.ToString(), kind.Noun() + " id", hint);
            return null;
        }

        if (entry.Kind != kind)
        {
            _diagnostics.Add(DiagnosticIds.WrongKind, reference.Location, $"'{id}' is {entry.Kind.Noun()}, but {role} must name {kind.Noun()}");
            return null;
        }

        if (kind == FactKind.Entity && countsAsUse)
        {
            UsedEntities.Add(id);
        }

        if (types is not null && Entity(id)?.Type is { } type && !types.Contains(type.Text, StringComparer.Ordinal))
        {
            _diagnostics.Add(DiagnosticIds.WrongKind, reference.Location, $"'{id}' is a {type.Text}, but {role} must be a {string.Join(" or ", types)}");
            return null;
        }

        return FactRef.To(kind, id);
    }

    /// <summary>Resolves each item of a list; null when any item failed.</summary>
    public List<FactRef>? ResolveAll(EquatableArray<Located> references, ReferenceRole role, FactKind kind, IReadOnlyList<string>? types = null)
    {
        var resolved = new List<FactRef>(references.Count);
        var failed = false;
        foreach (var reference in references)
        {
            var id = Resolve(reference, role, kind, types);
            if (id is null)
            {
                failed = true;
            }
            else
            {
                resolved.Add(id);
            }
        }

        return failed ? null : resolved;
    }

    /// <summary>The id within a third of its length in edits, else one that starts the other (<c>acme</c> for <c>acme_corp</c>).</summary>
    private static string? NearestId(string id, List<string> candidates) =>
        EditDistance.Nearest(id, candidates, Math.Max(2, id.Length / 3))
        ?? candidates
            .Where(c => Math.Min(c.Length, id.Length) >= 3 && (c.StartsWith(id, StringComparison.Ordinal) || id.StartsWith(c, StringComparison.Ordinal)))
            .OrderBy(c => Math.Abs(c.Length - id.Length))
            .ThenBy(c => c, StringComparer.Ordinal)
            .FirstOrDefault();
}

/// <summary>
/// What a reference is, for its messages (<c>the source of claim 'c_x'</c>): the words and the referring fact's id, put
/// together only when a message needs them, as almost every reference resolves.
/// </summary>
internal readonly struct ReferenceRole(string what, string? id = null)
{
    public override string ToString() => id is null ? what : what + " '" + id + "'";
}
