using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli;

/// <summary>The chronological order of an article's events.</summary>
public static class Timeline
{
    /// <summary>
    /// Dated events by the earliest date of their <see cref="Event.When"/> (by first day, a wider
    /// period first on a tie), then undated events; equal keys keep file order.
    /// </summary>
    public static IReadOnlyList<Event> Order(IEnumerable<Event> events) =>
        events
            .Select((e, index) => (Event: e, Index: index))
            .OrderBy(x => x.Event.When is null)
            .ThenBy(x => x.Event.When?.Earliest)
            .ThenBy(x => x.Index)
            .Select(x => x.Event)
            .ToList();
}
