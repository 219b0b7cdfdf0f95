using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ArticleFacts.Cli.Json;

namespace ArticleFacts.Cli.Export;

/// <summary>
/// The facts as JSON-LD in the schema.org vocabulary: one <c>@graph</c> with a <c>NewsArticle</c> per
/// article, its entities (<c>Person</c>, <c>Organization</c>, <c>Country</c>, <c>Place</c>; a group is
/// an <c>Organization</c>), quotes (<c>Quotation</c>), claims (<c>Claim</c>), events (<c>Event</c>) and
/// quantities (<c>QuantitativeValue</c>). What schema.org has no term for (stance, comparator, the
/// anchor in the text) uses the <c>af:</c> terms, <c>urn:articlefacts:terms:</c>.
/// </summary>
public static class JsonLdExport
{
    /// <summary>The document's <c>@context</c>.</summary>
    public static JsonObject Context() => new()
    {
        ["@vocab"] = "https://schema.org/",
        ["af"] = "urn:articlefacts:terms:",
    };

    /// <summary>The JSON-LD document of <paramref name="sheets"/>.</summary>
    public static JsonObject Document(IReadOnlyList<FactSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var graph = new JsonArray();
        foreach (var sheet in sheets)
        {
            foreach (var node in Nodes(sheet))
            {
                graph.Add(node);
            }
        }

        return new JsonObject { ["@context"] = Context(), ["@graph"] = graph };
    }

    /// <summary>The article's nodes: the article, then its entities, quotes, claims, events and quantities.</summary>
    private static IEnumerable<JsonObject> Nodes(FactSheet sheet)
    {
        var article = sheet.Article;
        var entities = JsonMapper.AllEntities(sheet);
        return new[] { NewsArticle(article, entities) }
            .Concat(entities.Select(entity => Entity(article, entity)))
            .Concat(sheet.Quotes.Select(quote => Quotation(article, quote)))
            .Concat(sheet.Claims.Select(claim => Claim(article, claim)))
            .Concat(sheet.Events.Select(ev => Event(article, ev)))
            .Concat(sheet.Quantities.Select(quantity => QuantitativeValue(article, quantity)));
    }

    private static JsonObject NewsArticle(Article article, IReadOnlyList<Entity> entities) => WithoutNulls(new JsonObject
    {
        ["@type"] = "NewsArticle",
        ["@id"] = ExportIds.Article(article),
        ["identifier"] = article.Id,
        ["headline"] = article.Title,
        ["datePublished"] = article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["inLanguage"] = article.Language,
        ["url"] = article.Url,
        ["publisher"] = Ref(article, article.Publisher.Id),
        ["articleBody"] = article.Body.Text,
        ["mentions"] = new JsonArray(entities.Where(e => e.Mentioned).Select(e => (JsonNode)Ref(article, e.Id)).ToArray()),
    });

    private static JsonObject Quotation(Article article, Quote quote) => WithoutNulls(new JsonObject
    {
        ["@type"] = "Quotation",
        ["@id"] = ExportIds.Fact(article, quote.Id),
        ["text"] = quote.Anchor.Text,
        ["creator"] = Ref(article, quote.Speaker.Id),
        ["spokenByCharacter"] = Ref(article, quote.Speaker.Id),
        ["isPartOf"] = new JsonObject { ["@id"] = ExportIds.Article(article) },
        ["af:kind"] = ExportIds.Snake(quote.Kind),
        ["af:anchor"] = Anchor(quote.Anchor),
    });

    private static JsonObject Event(Article article, Event ev) => WithoutNulls(new JsonObject
    {
        ["@type"] = "Event",
        ["@id"] = ExportIds.Fact(article, ev.Id),
        ["name"] = ev.Trigger.Text,
        ["additionalType"] = ev.Type,
        ["startDate"] = ev.When is { } when ? (when.Value ?? when.Start)?.ToString() : null,
        ["endDate"] = ev.When?.End?.ToString(),
        ["location"] = ev.Place is null ? null : Ref(article, ev.Place.Id),
        ["attendee"] = new JsonArray(ev.Participants.Select(p => (JsonNode)Ref(article, p.Id)).ToArray()),
        ["af:anchor"] = Anchor(ev.Trigger),
    });

    private static JsonObject QuantitativeValue(Article article, Quantity quantity) => WithoutNulls(new JsonObject
    {
        ["@type"] = "QuantitativeValue",
        ["@id"] = ExportIds.Fact(article, quantity.Id),
        ["value"] = quantity.Value,
        ["unitText"] = quantity.Unit,
        ["af:comparator"] = ExportIds.Snake(quantity.Comparator),
        ["description"] = quantity.At.Text,
        ["af:anchor"] = Anchor(quantity.At),
    });

    private static JsonObject Entity(Article article, Entity entity)
    {
        var node = new JsonObject
        {
            ["@type"] = entity.Type switch
            {
                EntityType.Person => "Person",
                EntityType.Country => "Country",
                EntityType.Place => "Place",
                _ => "Organization",
            },
            ["@id"] = ExportIds.Fact(article, entity.Id),
            ["identifier"] = entity.Id,
            ["name"] = entity.Name,
            ["alternateName"] = entity.Aliases.Count == 0 ? null : new JsonArray(entity.Aliases.Select(a => (JsonNode)a).ToArray()),
        };
        if (entity.PartOf is { } parent)
        {
            var property = entity.Type is EntityType.Country or EntityType.Place ? "containedInPlace" : entity.Type == EntityType.Person ? "memberOf" : "parentOrganization";
            node[property] = Ref(article, parent.Id);
        }

        if (entity.Roles.Count > 0)
        {
            node["af:role"] = new JsonArray(entity.Roles.Select(r => (JsonNode)WithoutNulls(new JsonObject
            {
                ["@type"] = "Role",
                ["roleName"] = r.Title,
                ["af:of"] = r.Of is null ? null : Ref(article, r.Of.Id),
            })).ToArray());
        }

        return WithoutNulls(node);
    }

    private static JsonObject Claim(Article article, Claim claim)
    {
        var about = new[] { claim.Subject?.Id, claim.Object?.Id, claim.About?.Id }.OfType<string>().Distinct(StringComparer.Ordinal);
        return WithoutNulls(new JsonObject
        {
            ["@type"] = "Claim",
            ["@id"] = ExportIds.Fact(article, claim.Id),
            ["text"] = claim.Statement,
            ["author"] = Ref(article, claim.Source.Id),
            ["appearance"] = new JsonObject { ["@id"] = ExportIds.Article(article) },
            ["about"] = new JsonArray(about.Select(id => (JsonNode)Ref(article, id)).ToArray()),
            ["citation"] = claim.EvidenceQuote is { } quote ? Ref(article, quote.Id) : null,
            ["af:stance"] = ExportIds.Snake(claim.Stance),
            ["af:isAuthorVoice"] = claim.IsAuthorVoice,
            ["af:predicate"] = claim.Predicate,
            ["af:evidence"] = Anchor(claim.Evidence),
        });
    }

    private static JsonObject Ref(Article article, string id) => new() { ["@id"] = ExportIds.Fact(article, id) };

    /// <summary>An anchor: its words, and the 1-based line and column (UTF-16 code units) where they start.</summary>
    private static JsonObject Anchor(Anchor anchor) => new()
    {
        ["af:exact"] = anchor.Text,
        ["af:line"] = anchor.Line,
        ["af:column"] = anchor.Column,
    };

    private static JsonObject WithoutNulls(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null || p.Value is JsonArray { Count: 0 }).Select(p => p.Key).ToList())
        {
            node.Remove(key);
        }

        return node;
    }
}
