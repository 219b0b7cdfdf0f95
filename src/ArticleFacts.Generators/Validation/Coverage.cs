using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>Completeness warnings: an entity no fact uses (AF4001), a quotation no quote covers (AF4002).</summary>
internal static class Coverage
{
    public static void UnusedEntities(FactsDocument document, ISet<string> used, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if (seen.Add(entity.Id.Text) && !used.Contains(entity.Id.Text))
            {
                diagnostics.Add(DiagnosticIds.UnusedEntity, entity.Id.Location, $"The entity '{entity.Id.Text}' is used by no fact (event, claim, quote or article.publisher; part_of and roles do not count): use it in a fact, or remove it");
            }
        }
    }

    /// <param name="covering">The resolved anchors of the quotes that sit between quotation marks.</param>
    /// <param name="misplaced">The resolved anchors of quotes reported for their marks (AF1005): they cover a quotation they lie in.</param>
    /// <param name="unresolved">
    /// The exact text of quotes whose anchor was not found. Their quotation is not reported again: the one they resemble,
    /// or, when one resembles no quotation, every quotation (which one was meant cannot be told).
    /// </param>
    public static void UncoveredQuotations(ArticleTextIndex text, IReadOnlyList<AnchorModel> covering, IReadOnlyList<AnchorModel> misplaced, IReadOnlyList<string> unresolved, DiagnosticBag diagnostics)
    {
        var quotations = QuotationScanner.Scan(text.Text, text.BodyStart, text.BodyEnd, text.CancellationToken);
        string Inner((int Open, int Close) q) => text.Text.Substring(q.Open + 1, q.Close - q.Open - 1);
        if (unresolved.Any(u => !quotations.Any(q => Resembles(u, Inner(q)))))
        {
            return;
        }

        var covered = new List<(int Open, int Close)>();
        foreach (var q in quotations)
        {
            text.CancellationToken.ThrowIfCancellationRequested();
            if (covering.Any(a => Covers(text.Text, a, q)) || misplaced.Any(a => a.Start > q.Open && a.Start + a.Length <= q.Close))
            {
                covered.Add(q);
            }
        }

        foreach (var quotation in quotations)
        {
            text.CancellationToken.ThrowIfCancellationRequested();
            var inner = Inner(quotation);
            if (covered.Any(c => c.Open <= quotation.Open && quotation.Close <= c.Close) || unresolved.Any(u => Resembles(u, inner)))
            {
                continue;
            }

            diagnostics.Add(
                DiagnosticIds.UncoveredQuotation,
                text.Lines.Location(quotation.Open, quotation.Close + 1),
                $"The quotation {text.Text[quotation.Open]}{MessageText.Shorten(inner)}{text.Text[quotation.Close]} at {text.Display(quotation.Open)} is covered by no quote: add a quote with text \"{MessageText.Shorten(inner.TrimEnd(',', '.', ';', ':', '!', '?'))}\" and its speaker");
        }
    }

    /// <summary>The anchor lies inside the quotation and ends at its closer, up to trailing punctuation.</summary>
    private static bool Covers(string text, AnchorModel anchor, (int Open, int Close) quotation)
    {
        var end = anchor.Start + anchor.Length;
        if (anchor.Start <= quotation.Open || end > quotation.Close)
        {
            return false;
        }

        for (var i = end; i < quotation.Close; i++)
        {
            if (!QuotationMarks.IsTrailingPunctuation(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a quote's unfound text was meant for this quotation: most of its words are there.</summary>
    private static bool Resembles(string quote, string quotation)
    {
        var words = Words(quote);
        var there = new HashSet<string>(Words(quotation), StringComparer.Ordinal);
        return words.Count > 0 && words.Count(there.Contains) * 2 >= words.Count;
    }

    private static List<string> Words(string text) =>
        text.Split(new[] { ' ', '\n', ',', '.', ';', ':', '!', '?', '"', '\u201C', '\u201D' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToUpperInvariant())
            .ToList();
}
