using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Finds each anchor exactly once in the body: not found (AF1001, with the nearest candidate),
/// several matches (AF1002, with a prefix or suffix that picks one), only outside the body (AF1003).
/// </summary>
internal sealed class AnchorResolver
{
    private readonly ArticleTextIndex _text;
    private readonly DiagnosticBag _diagnostics;

    public AnchorResolver(ArticleTextIndex text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>Resolves the anchor, or returns null (reported).</summary>
    public AnchorModel? Resolve(AnchorSpec? spec)
    {
        if (spec is null)
        {
            return null;
        }

        var exact = spec.Exact.Text;
        var prefix = spec.Prefix?.Text;
        var suffix = spec.Suffix?.Text;
        if (_text.FindOnlyInBody(exact, prefix, suffix) is { } only)
        {
            return _text.Anchor(only, exact.Length);
        }

        var all = _text.FindAll(exact).Where(s => _text.HasContext(s, s + exact.Length, prefix, suffix)).ToList();
        var inBody = all.Where(s => _text.InBody(s, s + exact.Length)).ToList();
        if (inBody.Count == 1)
        {
            return _text.Anchor(inBody[0], exact.Length);
        }

        // When the message would be dropped, skip its hints: each searches the whole body, and a hostile file has thousands.
        var hints = !_diagnostics.IsFull;
        if (inBody.Count > 1)
        {
            var places = string.Join(", ", inBody.Take(10).Select(_text.Display)) + (inBody.Count > 10 ? ", ..." : string.Empty);
            _diagnostics.Add(DiagnosticIds.AnchorAmbiguous, spec.Location, MessageText.Shorten(exact), inBody.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), places, hints ? AnchorHints.Disambiguate(_text, inBody, exact, prefix, suffix) : string.Empty);
        }
        else if (all.Count > 0)
        {
            _diagnostics.Add(DiagnosticIds.AnchorOutsideBody, spec.Location, MessageText.Shorten(exact), string.Join(", ", all.Take(10).Select(_text.Display)));
        }
        else
        {
            _diagnostics.Add(DiagnosticIds.AnchorNotFound, spec.Location, MessageText.Shorten(exact), hints ? AnchorHints.NearMiss(_text, exact, prefix, suffix) : string.Empty);
        }

        return null;
    }

    /// <summary>Finds a body marker in the whole text; it must match exactly once.</summary>
    public int? FindMarker(AnchorSpec spec, string name)
    {
        var exact = spec.Exact.Text;
        var all = _text.FindAll(exact).Where(s => _text.HasContext(s, s + exact.Length, spec.Prefix?.Text, spec.Suffix?.Text)).ToList();
        if (all.Count == 1)
        {
            return all[0];
        }

        var problem = all.Count == 0
            ? "is not found in the article text" + AnchorHints.NearMiss(_text, exact, spec.Prefix?.Text, spec.Suffix?.Text)
            : $"matches {all.Count} times in the article text, at {string.Join(", ", all.Take(10).Select(_text.Display))}: it must match once (add a prefix or suffix)";
        _diagnostics.Add(DiagnosticIds.BodyMarker, spec.Location, name + " \"" + MessageText.Shorten(exact) + "\"", problem);
        return null;
    }

    /// <summary>Checks that a quote's anchor sits right inside quotation marks (AF1005); false when reported.</summary>
    public bool CheckQuotationMarks(AnchorSpec spec, AnchorModel anchor)
    {
        var problem = QuotationMarks.Check(_text.Text, anchor.Start, anchor.Start + anchor.Length);
        if (problem is not null)
        {
            _diagnostics.Add(DiagnosticIds.QuoteMarks, spec.Location, MessageText.Shorten(anchor.Text), problem);
        }

        return problem is null;
    }
}
