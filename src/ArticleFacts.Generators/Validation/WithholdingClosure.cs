using System.Collections.Generic;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// A fact for the withholding closure: its own withholding error (null when it has none), whether the checks
/// resolved all it needs, and the facts it refers to.
/// </summary>
internal sealed record FactNode(FactRef Fact, Withholding? Own, bool Complete, IReadOnlyList<FactRef> RefersTo, LocationInfo IdLocation);

/// <summary>
/// Which facts are withheld: those with an error of their own, and every fact that refers to a withheld fact,
/// transitively. References go from referrer to referee only: a claim citing a withheld quantity is withheld, the entity
/// a withheld quote names is not. A fact withheld through another names the nearest withheld fact it refers to (the
/// first found, breadth first in file order) and that fact's error.
/// </summary>
internal static class WithholdingClosure
{
    /// <param name="nodes">Every fact, in file order.</param>
    /// <param name="unexplained">
    /// The reason of a fact the checks could not complete although neither it nor a fact it refers to has an error: the
    /// YAML syntax error, when there is one (the fact refers to an id it hid); null for the generator's own failure.
    /// </param>
    public static Dictionary<FactRef, Withholding> Close(IReadOnlyList<FactNode> nodes, DiagnosticInfo? unexplained = null)
    {
        var referrers = new Dictionary<FactRef, List<FactRef>>();
        foreach (var node in nodes)
        {
            foreach (var referee in node.RefersTo)
            {
                if (!referrers.TryGetValue(referee, out var list))
                {
                    referrers.Add(referee, list = new List<FactRef>());
                }

                list.Add(node.Fact);
            }
        }

        var withheld = new Dictionary<FactRef, Withholding>();
        var queue = new Queue<FactRef>();
        foreach (var node in nodes)
        {
            if (node.Own is { } own && !withheld.ContainsKey(node.Fact))
            {
                withheld.Add(node.Fact, own);
                queue.Enqueue(node.Fact);
            }
        }

        Spread(withheld, referrers, queue);

        // A fact the checks could not complete has an error of its own, a withheld referee, or refers to an id a syntax
        // error hid; should none be so, it is withheld all the same (never emitted half-built), as the generator's failure.
        foreach (var node in nodes)
        {
            if (!node.Complete && !withheld.ContainsKey(node.Fact))
            {
                withheld.Add(node.Fact, Withholding.Own(unexplained ?? DiagnosticInfo.Create(DiagnosticIds.InternalError, node.IdLocation, "incomplete fact '" + node.Fact.Id + "' without an error")));
                queue.Enqueue(node.Fact);
            }
        }

        Spread(withheld, referrers, queue);
        return withheld;
    }

    private static void Spread(Dictionary<FactRef, Withholding> withheld, Dictionary<FactRef, List<FactRef>> referrers, Queue<FactRef> queue)
    {
        while (queue.Count > 0)
        {
            var referee = queue.Dequeue();
            if (!referrers.TryGetValue(referee, out var list))
            {
                continue;
            }

            foreach (var referrer in list)
            {
                if (!withheld.ContainsKey(referrer))
                {
                    withheld.Add(referrer, Withholding.Through(referee, withheld[referee]));
                    queue.Enqueue(referrer);
                }
            }
        }
    }
}
