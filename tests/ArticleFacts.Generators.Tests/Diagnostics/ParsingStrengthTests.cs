using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>
/// AF0002-AF0004 as the parser reports them, one case per key, kind of mapping and value form; every message in
/// full, so the text that names the place (article.body, a role of 'alice', the alt of 'qty_crates') is checked too.
/// </summary>
public class ParsingStrengthTests
{
    private const string EventsSection =
        "events:\n  ev_shipment:\n    type: delivery\n    trigger: shipped 12 crates\n    participants: [acme, alice]\n    when: d_monday\n    tense: past\n";

    private const string Keys = "the keys here are ";

    /// <summary>Exactly one diagnostic, at this place, with exactly this message.</summary>
    private static void Exactly(GeneratorRun run, string id, int line, int column, string message)
    {
        var diagnostic = Single(run, id, line, column, message);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("schema: articlefacts/1\n", "", 1, 1, "the facts file is missing the required key 'schema'")]
    [InlineData("  id: mini\n", "", 2, 1, "article is missing the required key 'id'")]
    [InlineData("  publisher: acme\n", "", 2, 1, "article is missing the required key 'publisher'")]
    [InlineData("  published: \"2024-01-14\"\n", "", 2, 1, "article is missing the required key 'published'")]
    [InlineData("    type: organization\n", "", 9, 3, "entities.acme is missing the required key 'type'")]
    [InlineData("      - title: customer\n        of: acme\n", "      - of: acme\n", 16, 9, "a role of 'alice' is missing the required key 'title'")]
    [InlineData("    type: delivery\n", "", 19, 3, "events.ev_shipment is missing the required key 'type'")]
    [InlineData("    trigger: shipped 12 crates\n", "", 19, 3, "events.ev_shipment is missing the required key 'trigger'")]
    [InlineData("trigger: shipped 12 crates", "trigger: {prefix: Acme Corp}", 21, 5, "the anchor 'trigger' is missing the required key 'exact'")]
    [InlineData("    statement: The plan is ready.\n", "", 26, 3, "claims.c_ready is missing the required key 'statement'")]
    [InlineData("    source: alice\n", "", 26, 3, "claims.c_ready is missing the required key 'source'")]
    [InlineData("    evidence: {quote: q_ready}\n", "", 26, 3, "claims.c_ready is missing the required key 'evidence'")]
    [InlineData("    stance: asserted\n", "", 32, 3, "claims.c_shipped is missing the required key 'stance'")]
    [InlineData("    evidence: Acme Corp shipped 12 crates to Alice Smith\n", "", 32, 3, "claims.c_shipped is missing the required key 'evidence'")]
    [InlineData("    speaker: alice\n", "", 39, 3, "quotes.q_ready is missing the required key 'speaker'")]
    [InlineData("    at: 12 crates\n", "", 44, 3, "quantities.qty_crates is missing the required key 'at'")]
    [InlineData("    value: 12\n", "", 44, 3, "quantities.qty_crates is missing the required key 'value'")]
    [InlineData("    unit: \"{crate}\"\n", "", 44, 3, "quantities.qty_crates is missing the required key 'unit'")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    alt: {unit: \"{box}\"}\n", 48, 5, "the alt of 'qty_crates' is missing the required key 'value'")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    alt: {value: 12}\n", 48, 5, "the alt of 'qty_crates' is missing the required key 'unit'")]
    [InlineData("    at: Monday\n", "", 49, 3, "dates.d_monday is missing the required key 'at'")]
    [InlineData("    value: \"2024-01-08\"\n", "", 49, 3, "dates.d_monday (give 'value', or 'start' and 'end' for a range) is missing the required key 'value'")]
    [InlineData("    value: \"2024-01-08\"\n", "    start: \"2024-01-08\"\n", 49, 3, "dates.d_monday is missing the required key 'end'")]
    [InlineData("    value: \"2024-01-08\"\n", "    end: \"2024-01-08\"\n", 49, 3, "dates.d_monday is missing the required key 'start'")]
    public void AF0003_each_required_key_is_missing_at_its_parent(string old, string replacement, int line, int column, string message)
    {
        Exactly(Run(With(old, replacement)), "AF0003", line, column, message);
    }

    [Theory]
    [InlineData("schema: articlefacts/1\n", "schema: articlefacts/1\nzzz: 1\n", 2, 1, "the facts file; " + Keys + "schema, article, entities, events, claims, quotes, quantities, dates")]
    [InlineData("  id: mini\n", "  id: mini\n  zzz: 1\n", 4, 3, "article; " + Keys + "id, text, title, publisher, published, language, url, body")]
    [InlineData("    end_before: Subscribe to\n", "    end_before: Subscribe to\n    zzz: 1\n", 8, 5, "article.body; " + Keys + "start_after, end_before")]
    [InlineData("    name: Acme Corp\n", "    name: Acme Corp\n    zzz: 1\n", 12, 5, "entities.acme; " + Keys + "type, name, aliases, roles, part_of, mentioned")]
    [InlineData("        of: acme\n", "        of: acme\n        zzz: 1\n", 18, 9, "a role of 'alice'; " + Keys + "title, of")]
    [InlineData("    tense: past\n", "    tense: past\n    zzz: 1\n", 25, 5, "events.ev_shipment; " + Keys + "type, trigger, participants, place, when, tense")]
    [InlineData("trigger: shipped 12 crates", "trigger: {exact: shipped 12 crates, zzz: 1}", 21, 41, "the anchor 'trigger'; " + Keys + "exact, prefix, suffix")]
    [InlineData("    cue: said\n", "    cue: said\n    zzz: 1\n", 32, 5, "claims.c_ready; " + Keys + "statement, source, stance, evidence, cue, about, subject, object, predicate, when, quantities")]
    [InlineData("evidence: {quote: q_ready}", "evidence: {quote: q_ready, zzz: 1}", 30, 32, "evidence; " + Keys + "quote")]
    [InlineData("    kind: partial\n", "    kind: partial\n    zzz: 1\n", 43, 5, "quotes.q_ready; " + Keys + "text, speaker, kind, cue")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    zzz: 1\n", 48, 5, "quantities.qty_crates; " + Keys + "at, value, unit, comparator, alt")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    alt: {value: 12, unit: \"{crate}\", zzz: 1}\n", 48, 39, "the alt of 'qty_crates'; " + Keys + "value, unit")]
    [InlineData("    rule: past_weekday", "    rule: past_weekday\n    zzz: 1", 53, 5, "dates.d_monday; " + Keys + "at, value, start, end, mod, rule")]
    public void AF0002_unknown_key_names_the_mapping_it_is_in(string old, string replacement, int line, int column, string where)
    {
        Exactly(Run(With(old, replacement)), "AF0002", line, column, "Unknown key 'zzz' in " + where);
    }

    [Fact]
    public void AF0003_quote_text_is_missing_at_its_parent()
    {
        // Without quotation marks in the text, so that no quotation is left uncovered (AF4002) by the quote without text.
        var run = Run(With("    text: ready to go\n", ""), Unquoted);
        Exactly(run, "AF0003", 39, 3, "quotes.q_ready is missing the required key 'text'");
    }

    /// <summary>The mini article without its quotation marks: no quotation for AF4002 to find.</summary>
    private static readonly string Unquoted = ArticleText.Replace("\"", string.Empty, System.StringComparison.Ordinal);

    [Fact]
    public void AF0002_misspelling_at_edit_distance_two_names_the_key_and_is_not_also_missing()
    {
        Exactly(Run(With("    type: organization\n", "    tp: organization\n")), "AF0002", 10, 5, "Unknown key 'tp' in entities.acme; did you mean 'type'?");
    }

    [Fact]
    public void AF0002_a_key_typed_as_its_first_two_letters_names_the_key_and_is_not_also_missing()
    {
        // 'sp' is five edits from 'speaker' but its beginning: a key half typed, not a missing one.
        Exactly(Run(With("    speaker: alice\n", "    sp: alice\n")), "AF0002", 41, 5, "Unknown key 'sp' in quotes.q_ready; did you mean 'speaker'?");
    }

    [Theory]
    [InlineData("strat", 51, "start")]
    [InlineData("edn", 51, "end")]
    public void AF0002_a_misspelt_range_key_is_not_also_a_missing_value(string typed, int line, string meant)
    {
        // The date has neither 'value' nor a range: the misspelt key stands for the range, so nothing is missing.
        Exactly(Run(With("    value: \"2024-01-08\"\n", $"    {typed}: \"2024-01-08\"\n")), "AF0002", line, 5, $"Unknown key '{typed}' in dates.d_monday; did you mean '{meant}'?");
    }

    [Fact]
    public void AF0002_a_misspelling_before_another_unknown_key_still_stands_for_the_required_key()
    {
        var run = Run(With("    type: organization\n", "    tpye: organization\n    zzz: 1\n"));
        Assert.Equal(
            new[]
            {
                "data/mini.facts.yaml(10,5): error AF0002: Unknown key 'tpye' in entities.acme; did you mean 'type'?",
                "data/mini.facts.yaml(11,5): error AF0002: Unknown key 'zzz' in entities.acme; " + Keys + "type, name, aliases, roles, part_of, mentioned",
            },
            run.FactsDiagnosticLines);
    }

    [Theory]
    [InlineData("article:\n  id: mini\n  publisher: acme\n  published: \"2024-01-14\"\n  body:\n    end_before: Subscribe to\n", "article: mini\n", 2, 10, "article': expected a mapping of the keys id, text, title, publisher, published, language, url, body, found the text 'mini'")]
    [InlineData("  body:\n    end_before: Subscribe to\n", "  body: all\n", 6, 9, "article.body': expected a mapping of the keys start_after, end_before, found the text 'all'")]
    [InlineData("      - title: customer\n        of: acme\n", "      - customer\n", 16, 9, "a role of 'alice'': expected a mapping of the keys title, of, found the text 'customer'")]
    [InlineData("    roles:\n      - title: customer\n        of: acme\n", "    roles: customer\n", 15, 12, "roles': expected a list of {title, of} mappings, found the text 'customer'")]
    [InlineData("    roles:\n      - title: customer\n        of: acme\n", "    roles: {title: customer}\n", 15, 12, "roles': expected a list of {title, of} mappings, found a mapping")]
    [InlineData("name: Acme Corp", "name: [Acme, Corp]", 11, 11, "name': expected text, found a list")]
    [InlineData("    name: Acme Corp", "    name: \"\"", 11, 5, "name': the value is empty")]
    [InlineData("    name: Acme Corp", "    name:", 11, 5, "name': the value is empty")]
    [InlineData("participants: [acme, alice]", "participants: acme", 22, 19, "participants': expected a list ([a, b] or '- a' lines), found the text 'acme'")]
    [InlineData("participants: [acme, alice]", "participants: [acme, [alice]]", 22, 26, "participants': each item must be non-empty text, found a list")]
    [InlineData("participants: [acme, alice]", "participants: [acme, \"\"]", 22, 26, "participants': each item must be non-empty text, found the text ''")]
    [InlineData("trigger: shipped 12 crates", "trigger: \"\"", 21, 5, "trigger': an anchor must not be empty: give the exact words of the article")]
    [InlineData("trigger: shipped 12 crates", "trigger: [shipped, crates]", 21, 14, "trigger': an anchor is text or a mapping of exact, prefix and suffix, not a list")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    alt: 12\n", 48, 10, "the alt of 'qty_crates'': expected a mapping of the keys value, unit, found the text '12'")]
    [InlineData("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    alt: {value: 12, unit: \"k m\"}\n", 48, 28, "unit': 'k m' is not a UCUM unit code (km, [mi_i], kg, t, a, %, {container}, m/s, km2)")]
    [InlineData(EventsSection, "events: \"\"\n", 18, 9, "events': expected a mapping from ids to events, found the text ''")]
    [InlineData(EventsSection, "events: [ev_shipment]\n", 18, 9, "events': expected a mapping from ids to events, found a list")]
    public void AF0004_wrong_kind_of_node(string old, string replacement, int line, int column, string message)
    {
        Exactly(Run(With(old, replacement)), "AF0004", line, column, "Malformed '" + message);
    }

    [Theory]
    [InlineData("stance: reported", "stance: zzz", 29, 13, "stance': 'zzz' is not one of asserted, reported, alleged, denied")]
    [InlineData("stance: reported", "stance: re ported", 29, 13, "stance': 're ported' is not one of asserted, reported, alleged, denied (did you mean 'reported'?)")]
    [InlineData("tense: past", "tense: pastt", 24, 12, "tense': 'pastt' is not one of past, ongoing, future (did you mean 'past'?)")]
    [InlineData("value: 12", "value: +12", 46, 12, "value': '+12' is not " + DecimalExpected)]
    [InlineData("value: 12", "value: 12.", 46, 12, "value': '12.' is not " + DecimalExpected)]
    [InlineData("id: mini", "id: 1mini", 3, 7, "id': '1mini' is not " + IdExpected)]
    [InlineData("id: mini", "id: _mini", 3, 7, "id': '_mini' is not " + IdExpected)]
    [InlineData("id: mini", "id: mi-ni", 3, 7, "id': 'mi-ni' is not " + IdExpected)]
    public void AF0004_value_not_of_its_form(string old, string replacement, int line, int column, string message)
    {
        Exactly(Run(With(old, replacement)), "AF0004", line, column, "Malformed '" + message);
    }

    private const string DecimalExpected = "a decimal number without separators (-?[0-9]+(.[0-9]+)?), e.g. 1000000 or 12.4, within the range of System.Decimal (about 7.9e28)";
    private const string IdExpected = "an id: a lower-case letter, then lower-case letters, digits or '_' (^[a-z][a-z0-9_]*$)";
    private const string UnitExpected = "a UCUM unit code (km, [mi_i], kg, t, a, %, {container}, m/s, km2)";

    [Fact]
    public void AF0004_a_value_of_exactly_60_characters_is_shown_whole()
    {
        var value = new string('x', 60);
        Exactly(Run(With("stance: reported", "stance: " + value)), "AF0004", 29, 13, $"Malformed 'stance': '{value}' is not one of asserted, reported, alleged, denied");
    }

    [Fact]
    public void AF0004_a_unit_of_exactly_100_characters_is_allowed_and_one_of_101_is_not()
    {
        var unit100 = "{" + new string('c', 98) + "}";
        Run(With("unit: \"{crate}\"", "unit: \"" + unit100 + "\"")).AssertClean();
        var unit101 = "{" + new string('c', 99) + "}";
        var shown = "{" + new string('c', 56) + "...";
        Exactly(Run(With("unit: \"{crate}\"", "unit: \"" + unit101 + "\"")), "AF0004", 47, 11, $"Malformed 'unit': '{shown}' is not {UnitExpected}");
    }

    [Theory]
    [InlineData("zeta")]
    [InlineData("mini9")]
    [InlineData("mini_z")]
    [InlineData("z9_z")]
    public void Near_miss_ids_with_z_9_and_underscore_are_fine(string id)
    {
        Run(With("id: mini", "id: " + id)).AssertClean();
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("approx")]
    [InlineData("more_than")]
    [InlineData("less_than")]
    [InlineData("at_least")]
    [InlineData("at_most")]
    public void Every_comparator_is_accepted(string comparator)
    {
        Run(With("    unit: \"{crate}\"\n", "    unit: \"{crate}\"\n    comparator: " + comparator + "\n")).AssertClean();
    }

    [Theory]
    [InlineData("start")]
    [InlineData("mid")]
    [InlineData("end")]
    [InlineData("approx")]
    public void Every_date_mod_is_accepted(string mod)
    {
        Run(With("    rule: past_weekday", "    rule: past_weekday\n    mod: " + mod)).AssertClean();
    }

    [Theory]
    [InlineData("  body:\n    end_before: Subscribe to\n", "")]
    [InlineData("        of: acme\n", "")]
    [InlineData(EventsSection, "events:\n")]
    [InlineData(EventsSection, "events: {}\n")]
    [InlineData("    value: \"2024-01-08\"\n", "    start: \"2024-01-08\"\n    end: \"2024-01-08\"\n")]
    public void Near_miss_optional_parts_left_out_are_fine(string old, string replacement)
    {
        Run(With(old, replacement)).AssertClean();
    }

    [Theory]
    [InlineData("    value: \"2024-01-08\"\n", "    value: \"2024-01-08\"\n    start: \"2024-01-08\"\n", 52, 5, "start")]
    [InlineData("    value: \"2024-01-08\"\n", "    value: \"2024-01-08\"\n    end: \"2024-01-08\"\n", 52, 5, "end")]
    [InlineData("    value: \"2024-01-08\"\n", "    value: \"2024-01-08\"\n    end: \"2024-01-08\"\n    start: \"2024-01-08\"\n", 53, 5, "start")]
    public void AF0004_a_date_with_value_and_a_range_is_reported_at_the_range_key(string old, string replacement, int line, int column, string key)
    {
        Exactly(Run(With(old, replacement)), "AF0004", line, column, $"Malformed '{key}': give either 'value' or 'start' and 'end', not both");
    }

    private const string Unmentioned = "entities:\n  news:\n    type: organization\n    name: Acme News\n";

    [Fact]
    public void Near_miss_publisher_with_mentioned_false_need_not_occur_in_the_body()
    {
        var yaml = With("  publisher: acme\n", "  publisher: news\n").Replace("entities:\n", Unmentioned + "    mentioned: false\n", System.StringComparison.Ordinal);
        Run(yaml).AssertClean();
    }

    [Fact]
    public void AF0004_an_invalid_mentioned_is_not_also_checked_as_a_mention()
    {
        var yaml = With("  publisher: acme\n", "  publisher: news\n").Replace("entities:\n", Unmentioned + "    mentioned: no\n", System.StringComparison.Ordinal);
        Exactly(Run(yaml), "AF0004", 12, 16, "Malformed 'mentioned': 'no' is not one of true, false");
    }

    [Fact]
    public void AF0007_an_alias_in_a_list_is_skipped_not_also_an_empty_item()
    {
        Single(Run(With("participants: [acme, alice]", "participants: [acme, *x]")), "AF0007", 22, 26, "the alias '*x'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing yet\n")]
    public void AF0003_an_empty_file_is_missing_its_schema(string yaml)
    {
        Exactly(Run(yaml), "AF0003", 1, 1, "the facts file (it is empty) is missing the required key 'schema'");
    }

    [Fact]
    public void AF0004_a_file_that_is_a_list_is_no_facts_file()
    {
        Exactly(Run("- schema\n- article\n"), "AF0004", 1, 1, "Malformed 'the facts file': expected a mapping of the keys schema, article, entities, events, claims, quotes, quantities, dates, found a list");
    }

    private const string ArticleOnly = "schema: articlefacts/1\narticle:\n  id: mini\n  publisher: acme\n  published: \"2024-01-14\"\n";

    private const string Publisher = "data/mini.facts.yaml(4,14): error AF2003: 'acme' is not defined: article.publisher must name an entity id";

    [Theory]
    [InlineData("", "data/mini.facts.yaml(1,1): error AF0003: the facts file is missing the required key 'entities'")]
    [InlineData("entities: {}\n", "data/mini.facts.yaml(6,1): error AF0004: Malformed 'entities': at least one entity is required (the publisher, at least)")]
    [InlineData("entities:\n", "data/mini.facts.yaml(6,1): error AF0004: Malformed 'entities': at least one entity is required (the publisher, at least)")]
    [InlineData("entities: \"\"\n", "data/mini.facts.yaml(6,11): error AF0004: Malformed 'entities': expected a mapping from ids to entities, found the text ''")]
    public void AF0003_AF0004_entities_absent_or_empty_besides_the_undefined_publisher(string entities, string expected)
    {
        var run = Run(ArticleOnly + entities, Unquoted);
        Assert.Equal(new[] { expected, Publisher }.OrderBy(s => s, System.StringComparer.Ordinal), run.FactsDiagnosticLines);
    }
}
