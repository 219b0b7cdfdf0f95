using System;
using System.Linq;
using ArticleFacts.Generators.Tools;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Tools;

/// <summary>The reader's facade: the checker's findings, and the facts the generator would emit, referring to each other by id.</summary>
public class FactsReaderTests
{
    [Theory]
    [MemberData(nameof(FactsCheckerTests.BrokenMiniArticles), MemberType = typeof(FactsCheckerTests))]
    public void Findings_equal_the_checker(string name, string yaml)
    {
        var read = Texts((YamlPath, yaml), (TextPath, ArticleText));
        var report = FactsReader.Read(new[] { YamlPath }, read);
        Assert.True(FactsChecker.CheckAll(new[] { YamlPath }, read).SequenceEqual(report.Findings), name);
        Assert.Equal(YamlPath, Assert.Single(report.Files).Path);
    }

    [Fact]
    public void Withheld_facts_are_left_out_and_the_others_kept()
    {
        // The quote's anchor is not in the text (AF1001): the quote is withheld, and so is the claim whose evidence it is.
        var yaml = With("text: ready to go", "text: ready to stop");
        var report = FactsReader.Read(new[] { YamlPath }, Texts((YamlPath, yaml), (TextPath, ArticleText)));
        Assert.Contains(report.Findings, f => f.Id == "AF1001");
        var a = Assert.Single(report.Files).Article!;
        Assert.Empty(a.Quotes);
        Assert.Equal(new[] { "c_shipped" }, a.Claims.Select(c => c.Id));
        Assert.Equal(new[] { "acme", "alice" }, a.Entities.Select(e => e.Id));
        Assert.Equal(new[] { "qty_crates" }, a.Quantities.Select(q => q.Id));
    }

    [Fact]
    public void A_syntax_error_keeps_the_article_and_the_facts_before_it()
    {
        // The unclosed list cuts the event off (withheld) and hides every fact after it; the article and entities stay.
        var report = FactsReader.Read(new[] { YamlPath }, Texts((YamlPath, With("participants: [acme, alice]", "participants: [acme, alice")), (TextPath, ArticleText)));
        Assert.Contains(report.Findings, f => f.Id == "AF0001");
        var file = Assert.Single(report.Files);
        Assert.Equal("mini", file.Article!.Id);
        Assert.Equal(2, file.Article.Entities.Count);
        Assert.Empty(file.Article.Events);
        Assert.Empty(file.Article.Claims);
    }

    [Fact]
    public void A_file_without_an_article_id_has_no_facts()
    {
        // Without article.id there is no class name, so nothing is emitted (a syntax error further down keeps the
        // complete facts before it, so it is no example of this).
        var report = FactsReader.Read(new[] { YamlPath }, Texts((YamlPath, With("  id: mini\n", string.Empty)), (TextPath, ArticleText)));
        Assert.Contains(report.Findings, f => f.Id == "AF0003");
        Assert.Null(Assert.Single(report.Files).Article);
    }

    [Fact]
    public void The_facts_of_a_clean_article_refer_to_each_other_by_id()
    {
        var report = FactsReader.Read(new[] { YamlPath }, Texts((YamlPath, ValidYaml), (TextPath, ArticleText)));
        var file = Assert.Single(report.Files);
        Assert.Equal((TextPath, ArticleText), (file.TextPath, file.Text));
        var a = file.Article!;
        Assert.Equal(("mini", "acme", "2024-01-14", "en"), (a.Id, a.PublisherId, a.Published, a.Language));
        Assert.Equal(new[] { "acme", "alice" }, a.Entities.Select(e => e.Id));
        Assert.Equal(("Person", "customer", "acme"), (a.Entities[1].Type, a.Entities[1].Roles.Single().Title, a.Entities[1].Roles.Single().OfId));

        var quote = Assert.Single(a.Quotes);
        Assert.Equal(("q_ready", "alice", "Partial", "ready to go"), (quote.Id, quote.SpeakerId, quote.Kind, quote.Anchor.Text));
        Assert.Equal(ArticleText.IndexOf("ready to go", StringComparison.Ordinal), quote.Anchor.Start);

        var ready = a.Claims.Single(c => c.Id == "c_ready");
        Assert.Equal(("alice", "Reported", "q_ready", false), (ready.SourceId, ready.Stance, ready.EvidenceQuoteId, ready.IsAuthorVoice));
        var shipped = a.Claims.Single(c => c.Id == "c_shipped");
        Assert.Equal(("acme", true), (shipped.SourceId, shipped.IsAuthorVoice));
        Assert.Equal(new[] { "qty_crates" }, shipped.QuantityIds);

        var ev = Assert.Single(a.Events);
        Assert.Equal(new[] { "acme", "alice" }, ev.ParticipantIds);
        Assert.Equal(("d_monday", "Past"), (ev.WhenId, ev.Tense));
        Assert.Equal(("12", "{crate}", "Exact"), (a.Quantities[0].Value, a.Quantities[0].Unit, a.Quantities[0].Comparator));
        Assert.Equal(("2024-01-08", "PastWeekday", (string?)null), (a.Dates[0].Value, a.Dates[0].Rule, a.Dates[0].Mod));
        Assert.Equal(ArticleText.IndexOf("Subscribe", StringComparison.Ordinal), a.Body.Length);
    }

    [Fact]
    public void Cancelling_inside_the_work_stops_the_run()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        var read = Texts((YamlPath, ValidYaml), (TextPath, ArticleText), ("data/b.facts.yaml", ValidYaml));
        Assert.Throws<OperationCanceledException>(() => FactsReader.Read(new[] { YamlPath, "data/b.facts.yaml" }, read, (i, _) =>
        {
            if (i == 1)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token));
    }

    private static Func<string, string?> Texts(params (string Path, string Text)[] files)
    {
        var map = files.ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        return path => map.TryGetValue(path, out var text) ? text : null;
    }
}
