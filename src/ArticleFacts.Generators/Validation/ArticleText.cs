using System;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// The article text of a facts file, checked: present, UTF-8, short enough to compile in, and its body markers found.
/// Either <see cref="Index"/> (with the body fixed) or the <see cref="Defect"/> that withholds every fact that needs the
/// text; a text too long to compile in has both (its anchors are checked, its facts withheld).
/// </summary>
internal sealed record ArticleText(ArticleTextIndex? Index, DiagnosticInfo? Defect)
{
    private static readonly ArticleText None = new(null, null);

    public static ArticleText Open(FactsDocument document, string textPath, SourceFile? file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var article = document.Article;
        if (article is null)
        {
            return None;
        }

        if (article.Incomplete)
        {
            // An article block a syntax error cut off: its text and body markers are unknown (the AF0001 says why).
            return new ArticleText(null, document.SyntaxError);
        }

        var mark = diagnostics.Mark;
        var index = OpenIndex(article, textPath, file, diagnostics, cancellationToken);
        var defects = diagnostics.WithholdingSince(mark);
        return new ArticleText(index, defects.Count > 0 ? defects[0] : null);
    }

    private static ArticleTextIndex? OpenIndex(ArticleSpec article, string textPath, SourceFile? file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var where = article.Text?.Location ?? article.Key;
        if (file is null)
        {
            var added = article.Text is null ? " (the sibling NAME.txt of NAME.facts.yaml is added by the ArticleFacts build targets when it exists)"
                : !textPath.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? " (article texts are read from .txt files only: rename it)"
                : string.Empty;
            diagnostics.Add(DiagnosticIds.ArticleText, where, $"The article text '{textPath}' is not among the AdditionalFiles{added}: create it, or add <AdditionalFiles Include=\"{textPath}\" /> to the project");
            return null;
        }

        var index = new ArticleTextIndex(file.Path, file.Text, cancellationToken);
        var bad = file.Text.IndexOf('\uFFFD');
        if (bad >= 0)
        {
            diagnostics.Add(DiagnosticIds.InvalidEncoding, where, $"The article text '{file.Path}' is not valid UTF-8: it holds the replacement character U+FFFD at {index.Display(bad)}; re-save the file as UTF-8");
            return null;
        }

        if (Emit.TextLimits.Problem(file.Path, file.Text) is { } tooLong)
        {
            // Reported, and every other check still runs: the article is complete but cannot be compiled in.
            diagnostics.Add(DiagnosticIds.TextTooLong, where, tooLong);
        }

        return Body(article, index, diagnostics);
    }

    /// <summary>The index with its body between the markers, or null (reported) when a marker fails or the body is empty.</summary>
    private static ArticleTextIndex? Body(ArticleSpec article, ArticleTextIndex index, DiagnosticBag diagnostics)
    {
        var resolver = new AnchorResolver(index, diagnostics);
        int? start = 0;
        int? end = index.Text.Length;
        if (article.StartAfter is { } startAfter)
        {
            start = resolver.FindMarker(startAfter, "start_after") is { } s ? s + startAfter.Exact.Text.Length : null;
        }

        if (article.EndBefore is { } endBefore)
        {
            end = resolver.FindMarker(endBefore, "end_before");
        }

        if (start is null || end is null)
        {
            return null;
        }

        if (start >= end && article.EndBefore is { } before)
        {
            diagnostics.Add(DiagnosticIds.BodyMarker, before.Location, "end_before \"" + MessageText.Shorten(before.Exact.Text) + "\"", $"at {index.Display(end.Value)} comes before the end of start_after at {index.Display(start.Value)}: the body would be empty");
            return null;
        }

        // Without end_before the body runs to the end of the text: empty when start_after ends the text.
        if (start >= end && article.StartAfter is { } after)
        {
            diagnostics.Add(DiagnosticIds.BodyMarker, after.Location, "start_after \"" + MessageText.Shorten(after.Exact.Text) + "\"", $"ends at {index.Display(start.Value)}, the end of the article text: the body would be empty");
            return null;
        }

        return index.WithBody(start.Value, end.Value);
    }
}
