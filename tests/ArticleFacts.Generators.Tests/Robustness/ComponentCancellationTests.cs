using System;
using System.Collections.Generic;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>
/// Each loop over input observes the cancellation token itself, not only through a check that happens to run before
/// it: every component here is handed a token that only it sees (or a text index cancelled after it was built).
/// </summary>
public class ComponentCancellationTests
{
    [Fact]
    public void The_id_table_observes_its_token()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => new IdTable(Document(), new DiagnosticBag(), Cancelled()));

        // Uncancelled, the same table holds the mini article's ids with their kinds, and reports nothing.
        var diagnostics = new DiagnosticBag();
        var table = new IdTable(Document(), diagnostics, CancellationToken.None);
        Assert.Equal(FactKind.Entity, table.Find("acme")?.Kind);
        Assert.Equal(FactKind.Quote, table.Find("q_ready")?.Kind);
        Assert.Null(table.Find("q_missing"));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void The_entity_graph_observes_its_token()
    {
        var entities = Document().Entities;
        Assert.ThrowsAny<OperationCanceledException>(() => EntityGraph.Order(entities, _ => true, new DiagnosticBag(), Cancelled()));

        // Uncancelled: acme first, as alice is a customer of acme.
        var order = EntityGraph.Order(entities, _ => true, new DiagnosticBag(), CancellationToken.None);
        Assert.Equal(new Dictionary<string, int> { ["acme"] = 0, ["alice"] = 1 }, order);
    }

    [Fact]
    public void The_entity_graph_cancelled_midway_by_its_own_callback_stops_in_its_ordering_loop()
    {
        // The token is cancelled from inside the work: by the graph's first call of isEntity, while it collects edges.
        using var source = new CancellationTokenSource();
        var calls = 0;
        bool IsEntity(string id)
        {
            calls++;
            source.Cancel();
            return true;
        }

        Assert.ThrowsAny<OperationCanceledException>(() => EntityGraph.Order(Document().Entities, IsEntity, new DiagnosticBag(), source.Token));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void The_entity_name_check_observes_its_token()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => EntityNames.Check(Document(), Index(CancellationToken.None), new DiagnosticBag(), Cancelled()));
    }

    [Fact]
    public void The_word_search_for_entity_names_observes_the_index_token()
    {
        Assert.True(EntityNames.OccursAsWord(Index(CancellationToken.None), "Acme Corp"));
        Assert.ThrowsAny<OperationCanceledException>(() => EntityNames.OccursAsWord(CancelledIndex(), "Acme Corp"));
    }

    [Fact]
    public void The_quotation_scan_observes_its_token()
    {
        var text = MiniArticle.ArticleText;
        Assert.Single(QuotationScanner.Scan(text, 0, text.Length, CancellationToken.None));
        Assert.ThrowsAny<OperationCanceledException>(() => QuotationScanner.Scan(text, 0, text.Length, Cancelled()));
    }

    [Fact]
    public void Both_anchor_searches_observe_the_index_token()
    {
        Assert.Equal(new List<int> { 45, 73 }, Index(CancellationToken.None).FindAll("Acme Corp"));
        Assert.Equal(73, Index(CancellationToken.None).FindOnlyInBody("Acme Corp", null, " shipped"));
        Assert.ThrowsAny<OperationCanceledException>(() => CancelledIndex().FindAll("Acme Corp"));
        Assert.ThrowsAny<OperationCanceledException>(() => CancelledIndex().FindOnlyInBody("Acme Corp", null, " shipped"));
    }

    [Fact]
    public void The_near_miss_hint_observes_the_index_token()
    {
        // "acme corp" is not in the text: the hint folds the text (case and spaces), one character at a time.
        Assert.Contains("Acme Corp", AnchorHints.NearMiss(Index(CancellationToken.None), "acme  corp", null, null), StringComparison.Ordinal);
        Assert.ThrowsAny<OperationCanceledException>(() => AnchorHints.NearMiss(CancelledIndex(), "acme  corp", null, null));
    }

    private static FactsDocument Document() =>
        Pipeline.Parse(new SourceFile(MiniArticle.YamlPath, MiniArticle.ValidYaml), MiniArticle.YamlPath, CancellationToken.None).Document!;

    private static ArticleTextIndex Index(CancellationToken token) => new(MiniArticle.TextPath, MiniArticle.ArticleText, token);

    /// <summary>An index whose token is cancelled after it was built (building it observes the token too).</summary>
    private static ArticleTextIndex CancelledIndex()
    {
        var source = new CancellationTokenSource();
        var index = Index(source.Token);
        source.Cancel();
        return index;
    }

    private static CancellationToken Cancelled() => new(canceled: true);
}
