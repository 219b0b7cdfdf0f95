using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleFacts.Cli.Export;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>export</c>: JSON-LD (schema.org) and W3C Web Annotations with their required fields.</summary>
public class ExportTests
{
    private static readonly string[] SchemaOrgTypes = { "NewsArticle", "Person", "Organization", "Country", "Place", "Quotation", "Claim", "Event", "QuantitativeValue" };

    [Fact]
    public void Json_ld_nodes_have_context_type_and_id_and_every_reference_resolves()
    {
        var result = Run("export", "--format", "jsonld");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stderr));
        using var document = JsonDocument.Parse(result.Stdout);
        var root = document.RootElement;
        Assert.Equal("https://schema.org/", root.GetProperty("@context").GetProperty("@vocab").GetString());
        var graph = root.GetProperty("@graph").EnumerateArray().ToList();
        Assert.All(graph, node =>
        {
            Assert.Contains(node.GetProperty("@type").GetString(), SchemaOrgTypes);
            Assert.True(Uri.IsWellFormedUriString(node.GetProperty("@id").GetString(), UriKind.Absolute), node.ToString());
        });
        var ids = graph.Select(n => n.GetProperty("@id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(References(root.GetProperty("@graph")), id => Assert.Contains(id, ids));

        var article = Assert.Single(graph, n => n.GetProperty("@type").GetString() == "NewsArticle" && n.GetProperty("identifier").GetString() == Fixtures.ArticleId);
        Assert.Equal(Fixtures.Sheet.Article.Url, article.GetProperty("@id").GetString());
        Assert.Equal("2024-01-14", article.GetProperty("datePublished").GetString());
        Assert.Equal("urn:articlefacts:nk_fm_visit:moscow_times", article.GetProperty("publisher").GetProperty("@id").GetString());

        var claim = Assert.Single(graph, n => n.GetProperty("@id").GetString() == "urn:articlefacts:nk_fm_visit:c_wh_missiles");
        Assert.Equal(("Claim", "alleged", "urn:articlefacts:nk_fm_visit:white_house"), (claim.GetProperty("@type").GetString(), claim.GetProperty("af:stance").GetString(), claim.GetProperty("author").GetProperty("@id").GetString()));
        var quote = Assert.Single(graph, n => n.GetProperty("@id").GetString() == "urn:articlefacts:nk_fm_visit:quote_wh_escalation");
        Assert.Equal(("Quotation", "significant and concerning escalation"), (quote.GetProperty("@type").GetString(), quote.GetProperty("text").GetString()));
        Assert.Equal("Person", graph.Single(n => n.GetProperty("@id").GetString() == "urn:articlefacts:nk_fm_visit:choe_son_hui").GetProperty("@type").GetString());
        Assert.Equal("Country", graph.Single(n => n.GetProperty("@id").GetString() == "urn:articlefacts:nk_fm_visit:russia").GetProperty("@type").GetString());
        Assert.Equal("Place", graph.Single(n => n.GetProperty("@id").GetString() == "urn:articlefacts:nk_fm_visit:russian_far_east").GetProperty("@type").GetString());

        // The second article's publisher is not listed among its entities: it is still a node.
        Assert.Contains("urn:articlefacts:tiny_article:daily_example", ids);
    }

    [Fact]
    public void Annotations_have_the_required_fields_and_selectors_that_find_the_text()
    {
        var result = Run("export", "--format", "annotations", "--article", Fixtures.ArticleId);
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var collection = document.RootElement;
        Assert.Equal(("http://www.w3.org/ns/anno.jsonld", "AnnotationCollection"), (collection.GetProperty("@context").GetString(), collection.GetProperty("type").GetString()));
        var items = collection.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        var sheet = Fixtures.Sheet;
        Assert.Equal(sheet.Quotes.Count + sheet.Claims.Count + sheet.Events.Count + sheet.Quantities.Count + sheet.Dates.Count, items.Count);
        Assert.Equal(items.Count, collection.GetProperty("total").GetInt32());
        foreach (var item in items)
        {
            Assert.Equal("http://www.w3.org/ns/anno.jsonld", item.GetProperty("@context").GetString());
            Assert.Equal("Annotation", item.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            var target = item.GetProperty("target");
            Assert.Equal(sheet.Article.Url, target.GetProperty("source").GetString());
            var (exact, prefix, suffix, start, end) = Selectors(target);
            Assert.True(start <= end);
            var codePoints = CodePoints(sheet.Article.Text);
            Assert.Equal(exact, string.Concat(codePoints[start..end]));
            Assert.EndsWith(prefix, string.Concat(codePoints[..start]), StringComparison.Ordinal);
            Assert.StartsWith(suffix, string.Concat(codePoints[end..]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_positions_count_code_points_not_utf16_units()
    {
        // U+1F4F0 (newspaper) is one code point and two UTF-16 units, before the anchor.
        const string text = "\U0001F4F0 Acme said: \u201Cwe ship \U0001F680 today\u201D on Monday.\n";
        var publisher = new Organization("acme", "Acme", default, default, null, true);
        var quoteAnchor = Fixtures.AnchorIn(text, "we ship \U0001F680 today");
        var quote = new Quote("q_ship", publisher, QuoteKind.Direct, null, quoteAnchor);
        var article = new Article("astral", null, publisher, new DateOnly(2024, 1, 16), "en", null, text, Fixtures.AnchorIn(text, text));
        var sheet = new FactSheet(article, ValueArray.Create<Entity>(publisher), default, default, ValueArray.Create(quote), default, default);

        var annotation = Assert.Single(AnnotationExport.Annotations(sheet));
        using var document = JsonDocument.Parse(annotation.ToJsonString());
        var (exact, prefix, suffix, start, end) = Selectors(document.RootElement.GetProperty("target"));

        Assert.Equal(quoteAnchor.Start - 1, start);          // the emoji before counts once
        Assert.Equal(start + "we ship ".Length + 1 + " today".Length, end);  // and so does the rocket inside
        Assert.Equal(("we ship \U0001F680 today", "\U0001F4F0 Acme said: \u201C", "\u201D on Monday.\n"), (exact, prefix, suffix));
        Assert.Equal("urn:articlefacts:astral", document.RootElement.GetProperty("target").GetProperty("source").GetString());
    }

    [Fact]
    public void Context_is_cut_at_code_points_not_inside_a_surrogate_pair()
    {
        const string text = "a\U0001F600b";
        Assert.Equal("\U0001F600", ExportIds.Before(text, 3, 1));
        Assert.Equal("\U0001F600b", ExportIds.After(text, 1, 2));
        Assert.Equal(2, ExportIds.CodePointOffset(text, 3));
    }

    [Fact]
    public void Unknown_article_and_format_are_usage_errors()
    {
        Assert.Equal(2, Run("export", "--article", "nope").ExitCode);
        Assert.Equal(2, Run("export", "--format", "rdf").ExitCode);
    }

    [Fact]
    public void Output_option_writes_a_file()
    {
        using var dir = new TempDir();
        var result = Run("export", "-o", dir["facts.jsonld"]);
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stdout));
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(dir["facts.jsonld"]));
        Assert.True(document.RootElement.TryGetProperty("@graph", out _));
    }

    private static (string Exact, string Prefix, string Suffix, int Start, int End) Selectors(JsonElement target)
    {
        var selectors = target.GetProperty("selector").EnumerateArray().ToList();
        var quote = Assert.Single(selectors, s => s.GetProperty("type").GetString() == "TextQuoteSelector");
        var position = Assert.Single(selectors, s => s.GetProperty("type").GetString() == "TextPositionSelector");
        return (quote.GetProperty("exact").GetString()!, quote.GetProperty("prefix").GetString()!, quote.GetProperty("suffix").GetString()!,
            position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
    }

    private static string[] CodePoints(string text)
    {
        var points = new List<string>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            points.Add(char.ConvertFromUtf32(char.ConvertToUtf32(text, i)));
        }

        return points.ToArray();
    }

    private static IEnumerable<string> References(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var properties = element.EnumerateObject().ToList();
            if (properties.Count == 1 && properties[0].Name == "@id")
            {
                yield return properties[0].Value.GetString()!;
            }

            foreach (var property in properties.Where(p => p.Name != "@id"))
            {
                foreach (var id in References(property.Value)) yield return id;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var id in References(item)) yield return id;
            }
        }
    }

    private static Cli.Result Run(params string[] args)
    {
        using var console = new Spectre.Console.Testing.TestConsole();
        var stdout = TestOutput.Writer();
        var stderr = TestOutput.Writer();
        var code = CliApp.Run(args, Fixtures.Both, console, stdout, stderr);
        return new Cli.Result(code, console.Output, stdout.ToString(), stderr.ToString());
    }
}
