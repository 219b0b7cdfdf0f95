using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Data;

namespace ArticleFacts.Data.Tests;

/// <summary>Every anchor of every compiled article points at its own text in the article.</summary>
public class AnchorInvariantTests
{
    public static IEnumerable<object[]> Anchors() =>
        Articles.All.SelectMany(sheet => AllAnchors(sheet).Select(a => new object[] { sheet.Article.Id, a.Name, a.Anchor }));

    [Theory]
    [MemberData(nameof(Anchors))]
    public void Substring_at_the_anchor_is_its_text(string article, string fact, Anchor anchor)
    {
        var text = Articles.All.Single(s => s.Article.Id == article).Article.Text;
        Assert.True(anchor.End <= text.Length, $"{fact}: {anchor} ends past the text");
        Assert.Equal(anchor.Text, text.Substring(anchor.Start, anchor.Length));
    }

    [Theory]
    [MemberData(nameof(Anchors))]
    public void Line_and_column_point_at_the_start(string article, string fact, Anchor anchor)
    {
        var text = Articles.All.Single(s => s.Article.Id == article).Article.Text;
        var lines = text.Split('\n');
        var lineStart = lines.Take(anchor.Line - 1).Sum(l => l.Length + 1);
        Assert.True(anchor.Line <= lines.Length, fact);
        Assert.Equal(anchor.Start, lineStart + anchor.Column - 1);
    }

    [Fact]
    public void Fact_anchors_lie_inside_the_body()
    {
        foreach (var sheet in Articles.All)
        {
            var body = sheet.Article.Body;
            foreach (var (name, anchor) in AllAnchors(sheet).Where(a => a.Name != "body"))
            {
                Assert.True(anchor.Start >= body.Start && anchor.End <= body.End, $"{name} at {anchor} is outside the body {body.Start}..{body.End}");
            }
        }
    }

    private static IEnumerable<(string Name, Anchor Anchor)> AllAnchors(FactSheet sheet)
    {
        yield return ("body", sheet.Article.Body);
        foreach (var q in sheet.Quotes)
        {
            yield return (q.Id, q.Anchor);
            if (q.Cue is not null)
            {
                yield return (q.Id + ".cue", q.Cue);
            }
        }

        foreach (var c in sheet.Claims)
        {
            yield return (c.Id, c.Evidence);
            if (c.Cue is not null)
            {
                yield return (c.Id + ".cue", c.Cue);
            }
        }

        foreach (var e in sheet.Events)
        {
            yield return (e.Id, e.Trigger);
        }

        foreach (var q in sheet.Quantities)
        {
            yield return (q.Id, q.At);
        }

        foreach (var d in sheet.Dates)
        {
            yield return (d.Id, d.At);
        }
    }
}
