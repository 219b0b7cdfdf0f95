using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// The references among entities (<c>part_of</c>, <c>roles[].of</c>). Reports a cycle (AF2006) at
/// the reference that closes it, and orders entities so each is initialised after those it names.
/// </summary>
internal static class EntityGraph
{
    /// <summary>Returns each entity id's position in a dependency order, or null when there is a cycle.</summary>
    public static Dictionary<string, int>? Order(IReadOnlyList<EntitySpec> entities, Func<string, bool> isEntity, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var order = OrderAll(entities, isEntity, diagnostics, out var hasCycle, cancellationToken);
        return hasCycle ? null : order;
    }

    /// <summary>
    /// Each entity id's position in a dependency order, cycles or not: the reference that closes a cycle is reported
    /// and left out of the order (its entity is withheld, and so is every entity on the cycle through it).
    /// </summary>
    public static Dictionary<string, int> OrderAll(IReadOnlyList<EntitySpec> entities, Func<string, bool> isEntity, DiagnosticBag diagnostics, out bool hasCycle, CancellationToken cancellationToken = default)
    {
        var edges = new Dictionary<string, List<Located>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (edges.ContainsKey(entity.Id.Text))
            {
                continue;
            }

            var targets = new List<Located>();
            if (entity.PartOf is { } partOf && isEntity(partOf.Text))
            {
                targets.Add(partOf);
            }

            targets.AddRange(entity.Roles.Select(r => r.Of).OfType<Located>().Where(of => isEntity(of.Text)));
            edges.Add(entity.Id.Text, targets);
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new List<string>();
        hasCycle = false;

        // Depth-first, iteratively (a long part_of chain must not exhaust the stack).
        foreach (var root in edges.Keys)
        {
            if (order.ContainsKey(root))
            {
                continue;
            }

            var stack = new Stack<(string Id, int Next)>();
            var visiting = new HashSet<string>(StringComparer.Ordinal) { root };
            stack.Push((root, 0));
            onPath.Clear();
            onPath.Add(root);
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (id, next) = stack.Pop();
                var targets = edges[id];
                if (next < targets.Count)
                {
                    stack.Push((id, next + 1));
                    var target = targets[next];
                    if (order.ContainsKey(target.Text))
                    {
                        continue;
                    }

                    if (visiting.Contains(target.Text))
                    {
                        var cycle = onPath.Skip(onPath.IndexOf(target.Text)).Concat(new[] { target.Text });
                        diagnostics.Add(DiagnosticIds.ReferenceCycle, target.Location, $"'{id}' refers to '{target.Text}', which closes a cycle of part_of/roles references ({string.Join(" -> ", cycle)}): an entity cannot contain itself");
                        hasCycle = true;
                        continue;
                    }

                    visiting.Add(target.Text);
                    onPath.Add(target.Text);
                    stack.Push((target.Text, 0));
                }
                else
                {
                    visiting.Remove(id);
                    onPath.RemoveAt(onPath.Count - 1);
                    order[id] = order.Count;
                }
            }
        }

        return order;
    }
}
