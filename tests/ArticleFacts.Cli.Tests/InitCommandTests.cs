using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// <c>init</c>: a scaffold that parses, passes the schema, and whose every anchor resolves exactly once,
/// so that only the placeholders (AF2003 for <c>speaker: TODO</c>) and unused candidates (AF4001) remain.
/// </summary>
public class InitCommandTests
{
    /// <summary>A council story: CRLF line ends, curly quotes (one word quoted twice), numbers in words, a footer.</summary>
    private const string CouncilArticle =
        "Lisbon \u2013 The city council of Lisbon approved on Tuesday a plan to plant twenty-five thousand trees by 2030, Mayor Carlos Moedas said.\r\n" +
        "\u201CWe are building a greener city,\u201D Moedas told reporters.\r\n" +
        "The plan will cost around 12 million euros and cover more than 300 hectares, according to the council.\r\n" +
        "Critics called the timeline \u201Cunrealistic\u201D and said at least 40% of the trees planted last year died.\r\n" +
        "Moedas rejected the word \u201Cunrealistic\u201D on Wednesday.\r\n" +
        "The council will vote on the budget next week.\r\n" +
        "Subscribe to our newsletter for more local news.\r\n";

    /// <summary>A wire story: a byte-order mark, straight and single curly quotes, a quotation repeated word for word, a related link.</summary>
    private const string WireArticle =
        "\uFEFFGENEVA (Reuters) - Negotiators agreed on Friday to extend the ceasefire by three weeks, officials said.\n" +
        "\"The talks were difficult but we have a deal,\" said Anna Keller, a spokeswoman for the mediators.\n" +
        "She described the mood as \u2018cautiously optimistic\u2019 and said nearly two hundred observers would monitor the line.\n" +
        "\"No comment.\"\n" +
        "\"No comment.\"\n" +
        "The previous truce, agreed in October, lasted only nine days.\n" +
        "Related: Ceasefire talks stall\n";

    public static TheoryData<string, string, string, int> Articles => new()
    {
        { "nk_fm_visit", Seed.Text, "2024-01-14", 2 },
        { "council_trees", CouncilArticle, "2024-03-07", 3 },
        { "geneva_truce", WireArticle, "2024-02-02", 2 },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void The_scaffold_parses_and_every_anchor_resolves_once(string name, string text, string published, int quotes)
    {
        var (facts, findings) = InitScaffold.Run(name, text, published);
        var yaml = facts.Yaml;
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        Assert.Equal(quotes, findings.Count(f => f.Id == "AF2003"));
        // A quotation is left uncovered (AF4002) only where the scaffold says it skipped one.
        Assert.Equal(yaml.Split('\n').Count(l => l.StartsWith("  # Skipped quotation \u201C", StringComparison.Ordinal)), findings.Count(f => f.Id == "AF4002"));
        Assert.Contains("# yaml-language-server: $schema=", yaml.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"published: \"{published}\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_scaffold_finds_its_quotes_quantities_dates_and_body()
    {
        using var dir = new TempDir();
        var result = Cli.Run("init", dir.Write("nk_fm_visit.txt", Seed.Text), "--published", "2024-01-14", "--output", "-");
        var yaml = result.Stdout;
        Assert.Contains("    end_before: \"A Message from The Moscow Times:\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    name: The Moscow Times\n    mentioned: false\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    text: significant and concerning escalation\n    speaker: TODO\n    kind: partial\n    cue: called\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: around 900 kilometers (550 miles)\n    value: 900\n    unit: km\n    comparator: approx\n    alt: {value: 550, unit: \"[mi_i]\"}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: more than one million artillery rounds\n    value: 1000000\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: January 15 to 17\n    start: \"2024-01-15\"\n    end: \"2024-01-17\"\n    rule: next_month_day\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: late last year\n    value: \"2023\"\n    mod: end\n    rule: last_year\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: Sunday\n    value: \"2024-01-14\"\n    rule: dct\n", yaml, StringComparison.Ordinal);
        foreach (var entity in new[] { "Kim Jong Un", "Vladimir Putin", "Sergei Lavrov", "Korean Central News Agency", "White House", "Choe Son Hui" })
        {
            Assert.Single(yaml.Split('\n'), l => l == "    name: " + entity);
        }
    }

    [Fact]
    public void A_quotation_no_context_makes_unique_is_skipped_with_a_comment()
    {
        using var dir = new TempDir();
        var result = Cli.Run("init", dir.Write("geneva_truce.txt", WireArticle), "--published", "2024-02-02", "-o", "-");
        Assert.Equal(2, result.Stdout.Split('\n').Count(l => l.StartsWith("  # Skipped quotation \u201CNo comment\u201D", StringComparison.Ordinal)));
        Assert.Contains("    text: cautiously optimistic\n    speaker: TODO\n    kind: partial\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("    at: nearly two hundred observers\n    value: 200\n    unit: \"{observer}\"\n    comparator: approx\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_quoted_twice_get_the_context_that_tells_them_apart()
    {
        using var dir = new TempDir();
        var yaml = Cli.Run("init", dir.Write("council_trees.txt", CouncilArticle), "--published", "2024-03-07", "-o", "-").Stdout;
        var anchors = yaml.Split('\n').Where(l => l.StartsWith("    text: {exact: \"unrealistic\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, anchors.Count);
        Assert.NotEqual(anchors[0], anchors[1]);
        Assert.Contains("    at: twenty-five thousand trees\n    value: 25000\n    unit: \"{tree}\"\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: Tuesday\n    value: \"2024-03-05\"\n    rule: past_weekday\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    at: at least 40%\n    value: 40\n    unit: \"%\"\n    comparator: at_least\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_date_today_in_utc_is_used_and_marked_todo()
    {
        using var dir = new TempDir();
        var clock = new FixedClock(new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.FromHours(-3)));
        var result = Cli.Run(new CliEnvironment { Clock = clock }, "init", dir.Write("a.txt", "Acme Corp said so.\n"), "-o", "-");
        Assert.Contains("  published: \"2025-07-01\"  # TODO: today's date (UTC)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_is_not_overwritten_without_force()
    {
        using var dir = new TempDir();
        var text = dir.Write("a.txt", "Acme Corp said so.\n");
        dir.Write("a.facts.yaml", "keep me");
        var refused = Cli.Run("init", text, "--published", "2024-01-01");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("use --force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(dir["a.facts.yaml"]));

        Assert.Equal(0, Cli.Run("init", text, "--published", "2024-01-01", "--force").ExitCode);
        Assert.StartsWith("# yaml-language-server:", File.ReadAllText(dir["a.facts.yaml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_elsewhere_names_the_text_and_the_schema_found_above_it()
    {
        using var dir = new TempDir();
        dir.Write("schema/articlefacts-1.schema.json", "{}");
        var text = dir.Write("texts/2024/a.txt", "Acme Corp said so.\n");
        var output = dir["facts/a.facts.yaml"];
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        Assert.Equal(0, Cli.Run("init", text, "--published", "2024-01-01", "--output", output).ExitCode);
        var yaml = File.ReadAllText(output);
        Assert.StartsWith("# yaml-language-server: $schema=../schema/articlefacts-1.schema.json\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  text: \"../texts/2024/a.txt\"\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(FactsChecker.Check(output, yaml, Read), f => f.Id == "AF0005");
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("14/01/2024")]
    public void A_bad_date_or_a_missing_text_is_a_usage_error(string date)
    {
        using var dir = new TempDir();
        var bad = Cli.Run("init", dir.Write("a.txt", "x\n"), "--published", date);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("YYYY-MM-DD", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("init", dir["missing.txt"]).ExitCode);
    }

    [Theory]
    [InlineData("nk_fm_visit", "nk_fm_visit")]
    [InlineData("2024-01 Moscow Times", "article_2024_01_moscow_times")]
    [InlineData("Entities", "entities_article")]
    [InlineData("Zürich-Größe", "zurich_groe")]
    public void Article_ids_come_from_the_file_name(string stem, string id)
    {
        Assert.Equal(id, Init.Scaffolder.ArticleId(stem));
    }

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
