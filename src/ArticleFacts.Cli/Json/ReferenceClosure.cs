using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Json;

/// <summary>
/// The items of one kind an article lists, followed by those its facts refer to without listing,
/// so that every id in the JSON resolves within the same article.
/// </summary>
internal static class ReferenceClosure
{
    /// <summary>
    /// <paramref name="listed"/> in order, then each item of <paramref name="referenced"/> (and, transitively,
    /// of <paramref name="references"/>) whose id is not listed yet, in order of first reference.
    /// </summary>
    public static IReadOnlyList<T> Of<T>(
        IEnumerable<T> listed, IEnumerable<T?> referenced, Func<T, string> id, Func<T, IEnumerable<T?>>? references = null)
        where T : class
    {
        var result = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<T>();
        foreach (var item in listed)
        {
            if (seen.Add(id(item)))
            {
                result.Add(item);
                pending.Enqueue(item);
            }
        }

        void Visit(T? item)
        {
            if (item is not null && seen.Add(id(item)))
            {
                result.Add(item);
                pending.Enqueue(item);
            }
        }

        foreach (var item in referenced)
        {
            Visit(item);
        }

        while (references is not null && pending.Count > 0)
        {
            foreach (var item in references(pending.Dequeue()))
            {
                Visit(item);
            }
        }

        return result;
    }

    /// <summary>The entities an entity refers to: what it is part of and whom its roles are of.</summary>
    public static IEnumerable<Entity?> EntityReferences(Entity entity) =>
        entity.Roles.Select(r => r.Of).Prepend(entity.PartOf);
}
