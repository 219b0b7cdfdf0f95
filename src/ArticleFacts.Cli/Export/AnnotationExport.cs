using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ArticleFacts.Cli.Export;

/// <summary>
/// The facts as W3C Web Annotations: an <c>AnnotationCollection</c> whose first page holds one
/// <c>Annotation</c> per anchored fact (quote, claim evidence, event trigger, quantity, date). Each
/// targets the article (its url, else <c>urn:articlefacts:ID</c>) with a <c>TextQuoteSelector</c>
/// (exact, and up to 32 code points of prefix and suffix) and a <c>TextPositionSelector</c> whose
/// start and end count Unicode code points of the normalised text (a surrogate pair counts once),
/// and describes the fact in a <c>TextualBody</c>.
/// </summary>
public static class AnnotationExport
{
    /// <summary>The Web Annotation JSON-LD context.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>How many code points of context the quote selector carries on each side.</summary>
    public const int ContextLength = 32;

    /// <summary>The annotation collection of <paramref name="sheets"/>.</summary>
    public static JsonObject Collection(IReadOnlyList<FactSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var items = new JsonArray(sheets.SelectMany(Annotations).Select(a => (JsonNode)a).ToArray());
        var id = sheets.Count == 1 ? "urn:articlefacts:annotations:" + sheets[0].Article.Id : "urn:articlefacts:annotations";
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = id,
            ["type"] = "AnnotationCollection",
            ["label"] = "ArticleFacts: " + string.Join(", ", sheets.Select(s => s.Article.Id)),
            ["total"] = items.Count,
            ["first"] = new JsonObject { ["id"] = id + ":page1", ["type"] = "AnnotationPage", ["startIndex"] = 0, ["items"] = items },
        };
    }

    /// <summary>One annotation per anchored fact of <paramref name="sheet"/>, in section order.</summary>
    public static IEnumerable<JsonObject> Annotations(FactSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var article = sheet.Article;
        foreach (var quote in sheet.Quotes)
        {
            yield return Annotation(article, quote.Id, quote.Anchor, "identifying", $"Quote ({ExportIds.Snake(quote.Kind)}) of {quote.Speaker.Name}");
        }

        foreach (var claim in sheet.Claims)
        {
            yield return Annotation(article, claim.Id, claim.Evidence, "describing", $"Claim ({ExportIds.Snake(claim.Stance)}) by {claim.Source.Name}: {claim.Statement}");
        }

        foreach (var ev in sheet.Events)
        {
            yield return Annotation(article, ev.Id, ev.Trigger, "classifying", $"Event: {ev.Type}");
        }

        foreach (var quantity in sheet.Quantities)
        {
            var comparator = quantity.Comparator == Comparator.Exact ? string.Empty : ExportIds.Snake(quantity.Comparator) + " ";
            yield return Annotation(article, quantity.Id, quantity.At, "describing", $"Quantity: {comparator}{ExportIds.Number(quantity.Value)} {quantity.Unit}");
        }

        foreach (var date in sheet.Dates)
        {
            var value = date.Value?.ToString() ?? $"{date.Start}/{date.End}";
            yield return Annotation(article, date.Id, date.At, "describing", $"Date: {value}");
        }
    }

    private static JsonObject Annotation(Article article, string factId, Anchor anchor, string motivation, string description)
    {
        var text = article.Text;
        var start = ExportIds.CodePointOffset(text, anchor.Start);
        var end = start + ExportIds.CodePointOffset(anchor.Text, anchor.Text.Length);
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = ExportIds.Fact(article, factId),
            ["type"] = "Annotation",
            ["motivation"] = motivation,
            ["body"] = new JsonObject
            {
                ["type"] = "TextualBody",
                ["purpose"] = motivation,
                ["value"] = description,
                ["format"] = "text/plain",
                ["language"] = "en",
            },
            ["target"] = new JsonObject
            {
                ["source"] = ExportIds.Article(article),
                ["selector"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "TextQuoteSelector",
                        ["exact"] = anchor.Text,
                        ["prefix"] = ExportIds.Before(text, anchor.Start, ContextLength),
                        ["suffix"] = ExportIds.After(text, anchor.End, ContextLength),
                    },
                    new JsonObject { ["type"] = "TextPositionSelector", ["start"] = start, ["end"] = end }),
            },
        };
    }
}
