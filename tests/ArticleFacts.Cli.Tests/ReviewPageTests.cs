using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleFacts.Cli.Review;

namespace ArticleFacts.Cli.Tests;

/// <summary>The review page's structure (AngleSharp): every anchor highlighted at its offsets, escaping, sizes, overlaps, astral and RTL text.</summary>
public class ReviewPageTests
{
    [Fact]
    public void Every_anchor_of_a_written_file_is_highlighted_at_its_offsets()
    {
        using var dir = new TempDir();
        var facts = dir.WriteHarbour();
        var result = Cli.Run("review", dir.Path, "-o", dir["review.html"]);
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stdout));
        var page = Parse(File.ReadAllText(dir["review.html"]));
        var sheet = Samples.Sheet(facts);
        var anchors = Samples.Anchors(sheet);
        AssertHighlighted(page, anchors);
        Assert.Equal(anchors.Count + 3, Facts(page).Count); // and the three mentioned entities
        Assert.Equal(Samples.HarbourText, page.QuerySelector(".text")!.TextContent);
    }

    [Fact]
    public void The_text_outside_the_body_is_greyed_and_not_highlighted()
    {
        using var dir = new TempDir();
        var page = Parse(Page(Samples.Sheet(dir.WriteHarbour())));
        var outside = Assert.Single(page.QuerySelectorAll(".outside"));
        Assert.Equal("Subscribe to the Harbour Gazette.\n", outside.TextContent);
        Assert.Empty(outside.QuerySelectorAll(".m"));
    }

    [Fact]
    public void Entity_mentions_are_whole_names_and_aliases_in_the_body()
    {
        using var dir = new TempDir();
        var page = Parse(Page(Samples.Sheet(dir.WriteHarbour())));
        var facts = Facts(page);
        string Marked(string id) => string.Concat(Spans(page, facts.FindIndex(f => f.Id == id)).Select(s => s.TextContent));
        Assert.Equal("Anna Berg-Olsen", Marked("anna"));
        Assert.Equal("The council", Marked("council"));
        Assert.Equal("\U0001D538 team", Marked("team"));
        Assert.DoesNotContain(facts, f => f.Id == "gazette"); // mentioned: false
    }

    [Fact]
    public void Nested_anchors_share_segments_coloured_by_the_innermost()
    {
        using var dir = new TempDir();
        var page = Parse(Page(Samples.Sheet(dir.WriteHarbour())));
        var cranes = page.QuerySelectorAll(".m").Single(s => s.TextContent == "12 new cranes");
        // Quantity inside the quote, which is also the claim's evidence: three facts, the quantity first.
        Assert.Equal("quantity quote claim", cranes.GetAttribute("data-kinds"));
        Assert.Contains("k-quantity", cranes.ClassList);
        Assert.Contains("multi", cranes.ClassList);
    }

    [Fact]
    public void Markup_in_facts_and_text_is_shown_as_text()
    {
        using var dir = new TempDir();
        var html = Page(Samples.Sheet(dir.WriteHarbour()));
        var page = Parse(html);
        Assert.Equal(2, page.QuerySelectorAll("script").Length); // the facts' JSON and the page's own script
        Assert.Empty(page.QuerySelectorAll("main script, aside script, b, header b"));
        Assert.Contains(page.QuerySelectorAll("#facts a"), a => a.TextContent == "claim: " + Samples.ScriptStatement);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector(".text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Review: harbour", page.Title);
        Assert.Contains(Facts(page), f => f.Title == Samples.ScriptStatement);
        Assert.DoesNotContain("</script><", html.Split("<script type=\"application/json\"")[1].Split("</script>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        using var dir = new TempDir();
        var page = Parse(Page(Samples.Sheet(dir.WriteHarbour())));
        Assert.Empty(page.QuerySelectorAll("link, img, iframe, script[src], style[src]"));
        Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_to_left_articles_are_written_right_to_left()
    {
        using var dir = new TempDir();
        var page = Parse(Page(Samples.Sheet(dir.WriteHebrew())));
        var text = page.QuerySelector(".text")!;
        Assert.Equal(("rtl", "he"), (text.GetAttribute("dir"), text.GetAttribute("lang")));
        AssertHighlighted(page, Samples.Anchors(Samples.Sheet(dir["hebrew/hebrew.facts.yaml"])));
    }

    [Fact]
    public void Zero_facts_give_an_empty_list_and_the_whole_text()
    {
        var sheet = Sheet("Nothing to see here.\n", 0);
        var page = Parse(Page(sheet));
        Assert.Empty(page.QuerySelectorAll("#facts li, .m"));
        Assert.Equal(sheet.Article.Text, page.QuerySelector(".text")!.TextContent);
    }

    [Fact]
    public void A_thousand_overlapping_facts_are_all_listed_and_highlighted()
    {
        var sheet = Sheet(string.Concat(Enumerable.Range(0, 500).Select(i => $"Item {i} weighs \U0001F4E6 {i} kg.\n")), 500);
        var page = Parse(Page(sheet));
        Assert.Equal(1000, page.QuerySelectorAll("#facts li").Length);
        AssertHighlighted(page, Samples.Anchors(sheet));
    }

    [Fact]
    public void Findings_of_the_text_are_marked_in_place_and_all_findings_are_listed()
    {
        using var dir = new TempDir();
        // An unquoted quotation in the text (AF4002, located in the .txt) and a misquote (AF1001, located in the YAML).
        var text = Samples.HarbourText.Replace("sailed home.", "sailed \"home\".", StringComparison.Ordinal);
        var yaml = Samples.HarbourYaml.Replace("at: Monday", "at: Tuesday", StringComparison.Ordinal);
        dir.WriteHarbour(yaml: yaml, text: text);
        var result = Cli.Run("review", dir.Path);
        Assert.Equal(1, result.ExitCode);
        var page = Parse(result.Stdout);
        var listed = page.QuerySelectorAll("ul.findings li").Select(li => li.TextContent).ToList();
        Assert.Contains(listed, l => l.Contains($"harbour.facts.yaml({Seed.LineOf(yaml, "Tuesday")},", StringComparison.Ordinal) && l.Contains("error AF1001", StringComparison.Ordinal));
        var inText = Assert.Single(listed, l => l.Contains("harbour.txt(3,", StringComparison.Ordinal));
        var marked = Assert.Single(page.QuerySelectorAll(".m.k-diagnostic"));
        Assert.Contains(marked.TextContent, "\"home\"", StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector(".text")!.TextContent);
        Assert.Contains(inText.Split(": ")[1].Split(' ')[1], Facts(page).Single(f => f.Kind == "diagnostic").Id, StringComparison.Ordinal);
    }

    internal sealed record PageFact(string Kind, string Id, string Title);

    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    internal static List<PageFact> Facts(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("#fact-data")!.TextContent).RootElement.EnumerateArray()
            .Select(f => new PageFact(f.GetProperty("k").GetString()!, f.GetProperty("id").GetString()!, f.GetProperty("t").GetString()!)).ToList();

    /// <summary>The highlighted runs that show fact <paramref name="index"/>, in text order.</summary>
    internal static List<IElement> Spans(IDocument page, int index) =>
        page.QuerySelectorAll(".m").Where(s => s.GetAttribute("data-facts")!.Split(' ').Contains(index.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>Every anchor's runs are contiguous, start at its offset and together hold exactly its text.</summary>
    private static void AssertHighlighted(IDocument page, Dictionary<(string Kind, string Id), Anchor> anchors)
    {
        var facts = Facts(page);
        foreach (var ((kind, id), anchor) in anchors)
        {
            var spans = Spans(page, facts.FindIndex(f => f.Kind == kind && f.Id == id));
            Assert.NotEmpty(spans);
            var offset = anchor.Start;
            foreach (var span in spans)
            {
                Assert.Equal(offset, int.Parse(span.GetAttribute("data-o")!, System.Globalization.CultureInfo.InvariantCulture));
                offset += span.TextContent.Length;
            }

            Assert.Equal(anchor.Text, string.Concat(spans.Select(s => s.TextContent)));
        }
    }

    private static string Page(FactSheet sheet) =>
        ReviewPage.Write([new ReviewFile("a.facts.yaml", "a.txt", sheet.Article.Text, sheet, Array.Empty<ArticleFacts.Generators.Tools.CheckFinding>())]);

    /// <summary>An article of <paramref name="text"/> with two overlapping quantities on each of its first <paramref name="lines"/> lines.</summary>
    private static FactSheet Sheet(string text, int lines)
    {
        var publisher = new Organization("pub", "Publisher", default, default, null, false);
        var article = new Article("big", null, publisher, new DateOnly(2024, 1, 1), "en", null, text, Fixtures.AnchorIn(text, text));
        var items = Enumerable.Range(0, lines).SelectMany(i =>
        {
            var line = $"Item {i} weighs \U0001F4E6 {i} kg.";
            return new[]
            {
                new Quantity($"q{i}_item", i, "{item}", Comparator.Exact, null, Fixtures.AnchorIn(text, $"Item {i} weighs \U0001F4E6", line)),
                new Quantity($"q{i}_kg", i, "kg", Comparator.Exact, null, Fixtures.AnchorIn(text, $"weighs \U0001F4E6 {i} kg", line)),
            };
        }).ToImmutableArray();
        return new FactSheet(article, default, default, default, default, items, default);
    }
}
