using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Model;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>
/// The parser after a YAML syntax error: every fact whose mapping was complete before the error is read as
/// usual, the fact the error cut off is incomplete (its id kept, nothing reported about it), the facts after the
/// error are unknown, and the only diagnostic, even after validation, is the one AF0001 where the reading stopped.
/// </summary>
public class PartialDocumentTests
{
    private static readonly string[] AllFacts = { "acme", "alice", "ev_shipment", "c_ready", "c_shipped", "q_ready", "qty_crates", "d_monday" };

    [Fact]
    public void An_unterminated_quote_in_a_new_fact_at_the_end_keeps_every_fact_before_it()
    {
        var document = OnlySyntaxError(ValidYaml + "\n  d_new:\n    at: \"Monday", "54:9", "found unexpected end of stream");
        Assert.Equal(AllFacts, Complete(document));
        Assert.Equal(new[] { "dates.d_new@53:3" }, Incomplete(document));
        Assert.False(document.Article!.Incomplete);
    }

    [Fact]
    public void A_new_id_typed_without_its_colon_at_the_end_keeps_every_fact()
    {
        var document = OnlySyntaxError(ValidYaml + "\n  d_ne", "53:3", "could not find expected ':'");
        Assert.Equal(AllFacts, Complete(document));
        Assert.Empty(Incomplete(document));
    }

    [Fact]
    public void A_half_typed_key_at_the_end_of_the_last_fact_cuts_that_fact_only()
    {
        var document = OnlySyntaxError(ValidYaml + "\n    valu", "53:5", "could not find expected ':'");
        Assert.Equal(AllFacts.Take(7), Complete(document));
        Assert.Equal(new[] { "dates.d_monday@49:3" }, Incomplete(document));
    }

    [Fact]
    public void A_tab_as_indentation_in_a_new_fact_is_reported_at_the_tab()
    {
        var document = OnlySyntaxError(ValidYaml + "\n  d_new:\n\tat: Monday", "54:1", "invalid tab as indentation");
        Assert.Equal(AllFacts, Complete(document));
        Assert.Equal(new[] { "dates.d_new@53:3" }, Incomplete(document));
    }

    [Fact]
    public void An_unclosed_list_after_the_last_fact_keeps_every_fact_and_its_key_is_not_also_unknown()
    {
        var document = OnlySyntaxError(ValidYaml + "\nfoo: [a", "53:8", "did not find expected ',' or ']'");
        Assert.Equal(AllFacts, Complete(document));
        Assert.Empty(Incomplete(document));
    }

    [Fact]
    public void An_error_in_the_middle_of_a_fact_cuts_it_and_hides_every_fact_after_it()
    {
        var document = OnlySyntaxError(With("    stance: reported", "    stance: reported: x"), "29:21", "found invalid mapping");
        Assert.Equal(new[] { "acme", "alice", "ev_shipment" }, Complete(document));
        Assert.Equal(new[] { "claims.c_ready@26:3" }, Incomplete(document));
    }

    [Fact]
    public void An_unterminated_quote_in_the_middle_of_a_fact_is_reported_at_the_quote()
    {
        var document = OnlySyntaxError(With("    source: alice", "    source: \"alice"), "28:13", "double-quoted scalar");
        Assert.Equal(new[] { "acme", "alice", "ev_shipment" }, Complete(document));
        Assert.Equal(new[] { "claims.c_ready@26:3" }, Incomplete(document));
    }

    [Fact]
    public void A_scanner_error_in_the_middle_of_a_scalar_cuts_the_fact_it_is_in()
    {
        var document = OnlySyntaxError(With("    cue: said", "    cue: sa\n\t id"), "32:1", "tab character");
        Assert.Equal(new[] { "acme", "alice", "ev_shipment" }, Complete(document));
        Assert.Equal(new[] { "claims.c_ready@26:3" }, Incomplete(document));
    }

    [Fact]
    public void A_half_typed_key_without_its_colon_in_a_quote_cuts_that_quote()
    {
        var document = OnlySyntaxError(With("    speaker: alice\n", "    spea\n"), "41:5", "did not find expected key");
        Assert.Equal(AllFacts.Take(5), Complete(document));
        Assert.Equal(new[] { "quotes.q_ready@39:3" }, Incomplete(document));
    }

    [Fact]
    public void An_error_in_the_first_section_keeps_the_entities_before_it()
    {
        var document = OnlySyntaxError(With("    name: Alice Smith", "    name: Alice Smith: x"), "14:22", "found invalid mapping");
        Assert.Equal(new[] { "acme" }, Complete(document));
        Assert.Equal(new[] { "entities.alice@12:3" }, Incomplete(document));
    }

    [Fact]
    public void An_error_inside_the_article_block_keeps_its_id_and_reports_no_key_after_it_missing()
    {
        // 'published', 'entities' and the rest are not reached: unknown, not missing.
        var document = OnlySyntaxError(With("  publisher: acme", "  publisher: acme: x"), "4:18", "found invalid mapping");
        var article = document.Article!;
        Assert.True(article.Incomplete);
        Assert.Equal("mini", article.Id!.Text);
        Assert.Null(article.Publisher);
        Assert.Null(article.Published);
        Assert.Empty(Complete(document));
        Assert.Equal("Mini", Validate(Parse(With("  publisher: acme", "  publisher: acme: x"))).ClassName);
    }

    [Fact]
    public void A_complete_article_block_is_not_incomplete_and_a_complete_file_has_no_syntax_error()
    {
        var document = Parse(ValidYaml).Document!;
        Assert.False(document.Article!.Incomplete);
        Assert.Null(document.SyntaxError);
        Assert.Empty(Incomplete(document));
        Assert.Equal(AllFacts, Complete(document));
    }

    [Fact]
    public void A_reference_to_a_fact_the_error_cut_off_or_hid_is_not_reported_undefined()
    {
        // c_shipped cites qty_crates (cut off); ev_shipment's 'when' names d_monday (after the error). Nor are
        // unused entities or uncovered quotations reported: the facts that would use them may be hidden.
        var document = OnlySyntaxError(With("    unit: \"{crate}\"", "    unit: \"{crate}\" x"), "47:21", "did not find expected key");
        Assert.Equal(AllFacts.Take(6), Complete(document));
        Assert.Equal(new[] { "quantities.qty_crates@44:3" }, Incomplete(document));
    }

    [Fact]
    public void Near_miss_the_same_undefined_reference_without_a_syntax_error_is_reported()
    {
        var parsed = Parse(With("    quantities: [qty_crates]", "    quantities: [qty_crate]"));
        Assert.Equal(new[] { "AF2003" }, Validate(parsed).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_half_typed_key_with_its_colon_is_one_unknown_key_naming_the_key_it_begins()
    {
        // Not a syntax error: the fact is complete, with an unknown key; 'speaker' is not also reported missing.
        var parsed = Parse(With("    speaker: alice\n", "    spea:\n"));
        var d = Assert.Single(parsed.Diagnostics);
        Assert.Equal(("AF0002", "41:5"), (d.Id, d.Location!.Display));
        Assert.Contains("did you mean 'speaker'?", d.Message, System.StringComparison.Ordinal);
        Assert.Null(parsed.Document!.SyntaxError);
    }

    [Fact]
    public void A_misspelt_date_value_is_not_also_a_missing_value()
    {
        var parsed = Parse(With("    value: \"2024-01-08\"", "    valeu: \"2024-01-08\""));
        Assert.Equal(new[] { "AF0002" }, parsed.Diagnostics.Select(d => d.Id));
    }

    private static FactsDocument OnlySyntaxError(string yaml, string at, string messagePart)
    {
        var parsed = Parse(yaml);
        var validated = Validate(parsed);
        var d = Assert.Single(validated.Diagnostics);
        Assert.Equal(("AF0001", at), (d.Id, d.Location!.Display));
        Assert.Contains(messagePart, d.Message, System.StringComparison.Ordinal);
        var document = parsed.Document!;
        Assert.Equal(d, document.SyntaxError);
        return document;
    }

    private static ParsedFacts Parse(string yaml) =>
        Pipeline.Parse(new SourceFile(YamlPath, yaml), YamlPath, CancellationToken.None);

    private static ArticleResult Validate(ParsedFacts parsed) =>
        Pipeline.Validate(Pipeline.Pair(parsed, ImmutableArray.Create<SourceFile?>(new SourceFile(TextPath, ArticleText))), CancellationToken.None);

    private static string[] Complete(FactsDocument d) =>
        d.Entities.Select(f => f.Id.Text)
            .Concat(d.Events.Select(f => f.Id.Text))
            .Concat(d.Claims.Select(f => f.Id.Text))
            .Concat(d.Quotes.Select(f => f.Id.Text))
            .Concat(d.Quantities.Select(f => f.Id.Text))
            .Concat(d.Dates.Select(f => f.Id.Text))
            .ToArray();

    private static string[] Incomplete(FactsDocument d) =>
        d.Incomplete.Select(f => $"{f.Section}.{f.Id.Text}@{f.Id.Location.Display}").ToArray();
}
