using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleFacts.Cli.Json;

namespace ArticleFacts.Cli.Tests;

public class FactSheetJsonTests
{
    private static readonly string[] SheetProperties = ["article", "entities", "events", "claims", "quotes", "quantities", "dates"];
    private static readonly string[] AnchorProperties = ["start", "length", "line", "column", "text"];

    private static JsonElement Parse(params FactSheet[] sheets)
    {
        var writer = TestOutput.Writer();
        FactSheetJson.Write(sheets, writer);
        using var document = JsonDocument.Parse(writer.ToString());
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);

    private static HashSet<string?> Ids(JsonElement sheet, string section) =>
        sheet.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();

    [Fact]
    public void Is_an_array_of_articles_with_the_documented_sections()
    {
        var root = Parse(Fixtures.Sheet, Fixtures.OtherSheet);
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(2, root.GetArrayLength());
        foreach (var sheet in root.EnumerateArray())
        {
            Assert.Equal(SheetProperties, Names(sheet));
        }

        var article = root[0].GetProperty("article");
        Assert.Equal(["id", "title", "publisher", "published", "language", "url", "body", "textLength"], Names(article));
        Assert.Equal("nk_fm_visit", article.GetProperty("id").GetString());
        Assert.Equal("2024-01-14", article.GetProperty("published").GetString());
        Assert.Equal(Fixtures.Text.Length, article.GetProperty("textLength").GetInt32());
        Assert.Equal(JsonValueKind.Null, root[1].GetProperty("article").GetProperty("title").ValueKind);
    }

    [Fact]
    public void Entity_references_are_ids_that_resolve()
    {
        foreach (var sheet in Parse(Fixtures.Sheet, Fixtures.OtherSheet).EnumerateArray())
        {
            var entities = Ids(sheet, "entities");
            var references = new List<JsonElement> { sheet.GetProperty("article").GetProperty("publisher") };
            foreach (var entity in sheet.GetProperty("entities").EnumerateArray())
            {
                references.Add(entity.GetProperty("partOf"));
                references.AddRange(entity.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("of")));
            }

            foreach (var e in sheet.GetProperty("events").EnumerateArray())
            {
                references.AddRange(e.GetProperty("participants").EnumerateArray());
                references.Add(e.GetProperty("place"));
            }

            foreach (var claim in sheet.GetProperty("claims").EnumerateArray())
            {
                references.AddRange(new[] { "source", "subject", "object" }.Select(claim.GetProperty));
            }

            references.AddRange(sheet.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker")));

            Assert.All(references.Where(r => r.ValueKind != JsonValueKind.Null), r =>
            {
                Assert.Equal(JsonValueKind.String, r.ValueKind);
                Assert.Contains(r.GetString(), entities);
            });
        }
    }

    [Fact]
    public void A_publisher_not_listed_among_the_entities_is_appended()
    {
        var other = Parse(Fixtures.OtherSheet)[0];
        Assert.Equal("daily_example", other.GetProperty("article").GetProperty("publisher").GetString());
        Assert.Equal(["officials", "daily_example"], other.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Other_references_are_ids_of_listed_facts()
    {
        var sheet = Parse(Fixtures.Sheet)[0];
        var visit = sheet.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ev_choe_visit");
        Assert.Equal(["choe_son_hui", "russia"], visit.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("t_jan_15_17", visit.GetProperty("when").GetString());

        var claim = sheet.GetProperty("claims")[0];
        Assert.Equal("kcna", claim.GetProperty("source").GetString());
        Assert.Equal("quote_kcna", claim.GetProperty("evidenceQuote").GetString());
        Assert.Equal("ev_choe_visit", claim.GetProperty("about").GetString());
        Assert.Contains(claim.GetProperty("when").GetString(), Ids(sheet, "dates"));

        var rounds = sheet.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "c_sk_shells");
        Assert.Equal(["qty_shells"], rounds.GetProperty("quantities").EnumerateArray().Select(q => q.GetString()));
    }

    [Fact]
    public void Enums_are_camel_case_strings_and_values_are_typed()
    {
        var sheet = Parse(Fixtures.Sheet)[0];
        Assert.Equal("person", sheet.GetProperty("entities")[8].GetProperty("type").GetString());
        Assert.Equal("reported", sheet.GetProperty("claims")[0].GetProperty("stance").GetString());
        Assert.True(sheet.GetProperty("claims")[1].GetProperty("isAuthorVoice").GetBoolean());
        Assert.Equal("future", sheet.GetProperty("events")[0].GetProperty("tense").GetString());
        Assert.Equal("direct", sheet.GetProperty("quotes")[0].GetProperty("kind").GetString());

        var range = sheet.GetProperty("quantities")[0];
        Assert.Equal(900m, range.GetProperty("value").GetDecimal());
        Assert.Equal("km", range.GetProperty("unit").GetString());
        Assert.Equal("approx", range.GetProperty("comparator").GetString());
        Assert.Equal(550m, range.GetProperty("alt").GetProperty("value").GetDecimal());
        Assert.Equal("[mi_i]", range.GetProperty("alt").GetProperty("unit").GetString());
        Assert.Equal("more_than", sheet.GetProperty("quantities")[1].GetProperty("comparator").GetString());
        Assert.Equal(JsonValueKind.Null, sheet.GetProperty("quantities")[1].GetProperty("alt").ValueKind);
    }

    [Fact]
    public void Dates_are_iso_values_or_ranges()
    {
        var dates = Parse(Fixtures.Sheet)[0].GetProperty("dates").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        var visit = dates["t_jan_15_17"];
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("value").ValueKind);
        Assert.Equal("2024-01-15", visit.GetProperty("start").GetString());
        Assert.Equal("2024-01-17", visit.GetProperty("end").GetString());
        Assert.Equal("next_month_day", visit.GetProperty("rule").GetString());
        Assert.Equal("2024-W03", dates["t_this_coming_week"].GetProperty("value").GetString());
        Assert.Equal("end", dates["t_late_last_year"].GetProperty("mod").GetString());
        Assert.Equal(JsonValueKind.Null, dates["t_october_last_year"].GetProperty("start").ValueKind);
    }

    [Fact]
    public void Anchors_round_trip_and_match_the_article_text()
    {
        var sheet = Parse(Fixtures.Sheet)[0];
        var expected = new List<(JsonElement Json, Anchor Anchor)>
        {
            (sheet.GetProperty("article").GetProperty("body"), Fixtures.Sheet.Article.Body),
        };
        expected.AddRange(sheet.GetProperty("quotes").EnumerateArray().Zip(Fixtures.Sheet.Quotes, (j, q) => (j.GetProperty("anchor"), q.Anchor)));
        expected.AddRange(sheet.GetProperty("quotes").EnumerateArray().Zip(Fixtures.Sheet.Quotes, (j, q) => (j.GetProperty("cue"), q.Cue!)));
        expected.AddRange(sheet.GetProperty("claims").EnumerateArray().Zip(Fixtures.Sheet.Claims, (j, c) => (j.GetProperty("evidence"), c.Evidence)));
        expected.AddRange(sheet.GetProperty("events").EnumerateArray().Zip(Fixtures.Sheet.Events, (j, e) => (j.GetProperty("trigger"), e.Trigger)));
        expected.AddRange(sheet.GetProperty("quantities").EnumerateArray().Zip(Fixtures.Sheet.Quantities, (j, q) => (j.GetProperty("at"), q.At)));
        expected.AddRange(sheet.GetProperty("dates").EnumerateArray().Zip(Fixtures.Sheet.Dates, (j, d) => (j.GetProperty("at"), d.At)));

        Assert.Equal(1 + 2 + 2 + 7 + 4 + 3 + 8, expected.Count);
        foreach (var (json, anchor) in expected)
        {
            Assert.Equal(AnchorProperties, Names(json));
            var back = new Anchor(
                json.GetProperty("start").GetInt32(),
                json.GetProperty("length").GetInt32(),
                json.GetProperty("line").GetInt32(),
                json.GetProperty("column").GetInt32(),
                json.GetProperty("text").GetString()!);
            Assert.Equal(anchor, back);
            Assert.Equal(back.Text, Fixtures.Text.Substring(back.Start, back.Length));
        }
    }

    [Fact]
    public void Output_is_indented_and_keeps_text_readable()
    {
        var writer = TestOutput.Writer();
        FactSheetJson.Write([Fixtures.Sheet], writer);
        var json = writer.ToString();
        Assert.StartsWith("[\n  {\n    \"article\": {", json.Replace("\r\n", "\n"));
        Assert.Contains("Democratic People's Republic of Korea", json);
        Assert.EndsWith("]\n", json);
    }
}
