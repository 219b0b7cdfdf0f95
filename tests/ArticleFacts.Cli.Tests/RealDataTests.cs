using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ArticleFacts.Data;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

/// <summary>Smoke tests of the CLI over the articles compiled into ArticleFacts.Data.</summary>
public class RealDataTests
{
    private static (int Code, string Console, string Stdout, string Stderr) Run(params string[] args)
    {
        using var console = new TestConsole().Width(120);
        var stdout = TestOutput.Writer();
        var stderr = TestOutput.Writer();
        var code = CliApp.Run(args, Articles.All, console, stdout, stderr);
        return (code, console.Output, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Sheet_renders_every_compiled_article()
    {
        Assert.NotEmpty(Articles.All);
        var (code, output, _, stderr) = Run();
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        foreach (var sheet in Articles.All)
        {
            Assert.Contains(sheet.Article.Id, output);
        }

        foreach (var section in new[] { "Entities", "Timeline", "Claims", "Quotes", "Quantities", "Dates" })
        {
            Assert.Contains("\u2500 " + section + " (", output);
        }
    }

    [Fact]
    public void Json_anchors_match_the_article_text_and_ids_resolve()
    {
        var (code, _, stdout, _) = Run("--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(stdout);
        var articles = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(Articles.All.Length, articles.Count);

        for (var i = 0; i < articles.Count; i++)
        {
            var text = Articles.All[i].Article.Text;
            var anchors = Anchors(articles[i]).ToList();
            Assert.NotEmpty(anchors);
            Assert.All(anchors, a => Assert.Equal(
                a.GetProperty("text").GetString(),
                text.Substring(a.GetProperty("start").GetInt32(), a.GetProperty("length").GetInt32())));

            var entities = articles[i].GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            Assert.Contains(articles[i].GetProperty("article").GetProperty("publisher").GetString(), entities);
            var speakers = articles[i].GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker").GetString());
            var sources = articles[i].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("source").GetString());
            Assert.All(speakers.Concat(sources), id => Assert.Contains(id, entities));
        }
    }

    [Fact]
    public void Article_filter_accepts_each_compiled_id()
    {
        foreach (var sheet in Articles.All)
        {
            var (code, _, stdout, _) = Run("--json", "--article", sheet.Article.Id);
            Assert.Equal(0, code);
            using var document = JsonDocument.Parse(stdout);
            Assert.Equal(sheet.Article.Id, Assert.Single(document.RootElement.EnumerateArray()).GetProperty("article").GetProperty("id").GetString());
        }
    }

    /// <summary>Every object shaped like an anchor ({start,length,line,column,text}) under <paramref name="element"/>.</summary>
    private static IEnumerable<JsonElement> Anchors(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.EnumerateObject().Select(p => p.Name).SequenceEqual(["start", "length", "line", "column", "text"]))
            {
                yield return element;
                yield break;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var anchor in Anchors(property.Value)) yield return anchor;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var anchor in Anchors(item)) yield return anchor;
            }
        }
    }
}
