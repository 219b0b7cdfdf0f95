using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>What must hold of any loaded article, whatever its input: every anchor is the text at its offsets.</summary>
public static class AnchorInvariants
{
    public static void Check(ImmutableArray<FactSheet> sheets)
    {
        foreach (var sheet in sheets)
        {
            var text = sheet.Article.Text;
            foreach (var anchor in Anchors(sheet))
            {
                if (anchor.Start + anchor.Length > text.Length || text.Substring(anchor.Start, anchor.Length) != anchor.Text)
                {
                    throw new InvalidOperationException($"{sheet.Article.Id}: the anchor {anchor} is not the text at {anchor.Start}+{anchor.Length}");
                }
            }
        }
    }

    public static IEnumerable<Anchor> Anchors(FactSheet sheet) =>
        new[] { sheet.Article.Body }
            .Concat(sheet.Quotes.SelectMany(q => new[] { q.Anchor, q.Cue }))
            .Concat(sheet.Claims.SelectMany(c => new[] { c.Evidence, c.Cue }))
            .Concat(sheet.Quantities.Select(q => q.At))
            .Concat(sheet.Dates.Select(d => d.At))
            .Concat(sheet.Events.Select(e => e.Trigger))
            .OfType<Anchor>();
}
