using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Checks a parsed facts file against itself and its article text, and builds the model to emit
/// when nothing is wrong. Plain code over the model: no Roslyn driver needed, so tools can reuse it.
/// </summary>
internal static class ArticleValidator
{
    /// <summary>
    /// The longest article text the generated code can hold: an assembly's user strings (#US heap) are limited to
    /// 2^24 bytes of UTF-16, and the text is one literal; the rest is left for the other literals (ids, anchors).
    /// </summary>
    public const int MaxTextLength = 8_000_000;

    public static ArticleResult Validate(ArticleInput input, CancellationToken cancellationToken)
    {
        var facts = input.Facts;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(facts.Diagnostics);
        var document = facts.Document;
        if (document is null)
        {
            return new ArticleResult(facts.Path, null, null, null, diagnostics.ToEquatableArray());
        }

        var className = document.Article?.Id is { } articleId ? CheckArticleName(articleId, diagnostics) : null;
        var ids = new IdTable(document, diagnostics, cancellationToken);
        var references = new References(ids, document, diagnostics);
        var text = OpenText(document, facts.TextPath, input.Text, diagnostics, cancellationToken);
        var sections = new SectionChecks(document, references, text is null ? null : new AnchorResolver(text, diagnostics), diagnostics, cancellationToken);

        var publisher = references.Resolve(document.Article?.Publisher, "article.publisher", FactKind.Entity);
        var entities = sections.Entities();
        var events = sections.Events();
        var quotes = sections.Quotes();
        var claims = sections.Claims(quotes, publisher);
        var quantities = sections.Quantities();
        var published = document.Article?.Published is { } p ? DateValue.TryParseForm(p.Text) : null;
        if (published is { IsPossible: false })
        {
            diagnostics.Add(DiagnosticIds.ImpossibleDate, document.Article!.Published!.Location, $"The publication date '{published}' does not exist");
            published = null;
        }

        var dates = sections.Dates(published is null ? null : published.FirstDay);
        EntityNames.Check(document, text, diagnostics, cancellationToken);
        // After a syntax error the facts that would use an entity or cover a quotation may be the ones it hid.
        var complete = document.SyntaxError is null;
        if (publisher is not null && complete)
        {
            Coverage.UnusedEntities(document, references.UsedEntities, diagnostics);
        }

        if (text is not null && complete)
        {
            Coverage.UncoveredQuotations(text, sections.QuoteAnchors, sections.MisplacedQuoteAnchors, sections.UnresolvedQuotes, diagnostics);
        }

        if (diagnostics.HasErrors || className is null || text is null || publisher is null || published is null)
        {
            return new ArticleResult(facts.Path, className, document.Article?.Id?.Location, null, diagnostics.ToEquatableArray());
        }

        var article = document.Article!;
        var model = new ArticleModel(
            facts.Path,
            article.Id!.Text,
            className,
            article.Title?.Text,
            References.Member(publisher),
            published.ToString(),
            article.Language?.Text ?? "en",
            article.Url?.Text,
            text.Text,
            text.Anchor(text.BodyStart, text.BodyEnd - text.BodyStart),
            entities.ToEquatableArray(),
            events.ToEquatableArray(),
            claims.ToEquatableArray(),
            quotes.ToEquatableArray(),
            quantities.ToEquatableArray(),
            dates.ToEquatableArray());
        return new ArticleResult(facts.Path, className, document.Article?.Id?.Location, model, diagnostics.ToEquatableArray());
    }

    private static string? CheckArticleName(Located id, DiagnosticBag diagnostics)
    {
        var name = Naming.Pascal(id.Text);
        // "ARTICLES" is reserved too: its file would clash with the catalogue's Articles.g.cs (hint names ignore case).
        if (Naming.ReservedArticleClasses.Contains(name, StringComparer.Ordinal) || string.Equals(name, "Articles", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticIds.NameCollision, id.Location, $"The article id '{id.Text}' becomes the class name '{name}', which is reserved ({string.Join(", ", Naming.ReservedArticleClasses)}): choose another article id");
            return null;
        }

        return name;
    }

    /// <summary>The article text with its body, or null (reported) when it is missing, not UTF-8, or its body markers fail.</summary>
    private static ArticleTextIndex? OpenText(FactsDocument document, string textPath, SourceFile? file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var article = document.Article;
        if (article is null || article.Incomplete)
        {
            // An article block a syntax error cut off: its text and body markers are unknown (the AF0001 says why).
            return null;
        }

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
            diagnostics.Add(DiagnosticIds.ArticleText, where, $"The article text '{file.Path}' is not valid UTF-8: it holds the replacement character U+FFFD at {index.Display(bad)}; re-save the file as UTF-8");
            return null;
        }

        if (file.Text.Length > MaxTextLength)
        {
            // Reported, and every other check still runs: the article is complete but cannot be compiled in.
            diagnostics.Add(DiagnosticIds.ArticleText, where, $"The article text '{file.Path}' is too long to compile into an assembly: it has {file.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, and the string literals of one assembly hold at most 16 MB of UTF-16 (CS8103), about {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters; split the article");
        }

        var resolver = new AnchorResolver(index, diagnostics);
        int? start = 0;
        int? end = file.Text.Length;
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
            diagnostics.Add(DiagnosticIds.BodyMarker, before.Location, "end_before \"" + AnchorHints.Shorten(before.Exact.Text) + "\"", $"at {index.Display(end.Value)} comes before the end of start_after at {index.Display(start.Value)}: the body would be empty");
            return null;
        }

        // Without end_before the body runs to the end of the text: empty when start_after ends the text.
        if (start >= end && article.StartAfter is { } after)
        {
            diagnostics.Add(DiagnosticIds.BodyMarker, after.Location, "start_after \"" + AnchorHints.Shorten(after.Exact.Text) + "\"", $"ends at {index.Display(start.Value)}, the end of the article text: the body would be empty");
            return null;
        }

        index.BodyStart = start.Value;
        index.BodyEnd = end.Value;
        return index;
    }
}
