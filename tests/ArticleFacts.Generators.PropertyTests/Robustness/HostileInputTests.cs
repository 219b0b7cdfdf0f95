using System;
using System.Linq;
using System.Text;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>
/// Inputs written to hurt: each is rejected with a diagnostic, without throwing or blowing the stack, in bounded work.
/// Work is bounded by what does not depend on the machine's load: bytes allocated, and how they grow with the input.
/// Time is measured by the benchmarks (bench/, docs/benchmarks.md), not asserted here.
/// </summary>
public class HostileInputTests
{
    private const string Header = "schema: articlefacts/1\narticle: {id: mini, publisher: acme, published: \"2024-01-14\"}\nentities:\n  acme: {type: organization, name: Acme Corp}\n";

    private readonly ITestOutputHelper _output;

    public HostileInputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Alias_bomb_is_rejected_before_any_expansion()
    {
        // Billion laughs: nine levels of ten aliases would expand to 10^9 strings.
        var yaml = new StringBuilder(Header).Append("bomb:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
        {
            var previous = "*a" + (level - 1);
            yaml.Append($"  a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var measured = Measured.Run(MiniArticle.YamlPath, yaml.ToString(), MiniArticle.TextPath, MiniArticle.ArticleText);
        measured.Report("alias bomb", _output);
        Assert.Contains("AF0007", measured.Ids);

        // Expanded, the bomb would be 10^9 strings (gigabytes); refused, it costs what reading 1 KB of YAML costs.
        Assert.True(measured.AllocatedBytes < 64L << 20, $"allocated {measured.AllocatedBytes} bytes");
        AssertRejectedByTheGenerator(yaml.ToString(), MiniArticle.ArticleText, "lol");
    }

    [Theory]
    [InlineData("flow mappings")]
    [InlineData("flow lists")]
    [InlineData("unclosed flow lists")]
    [InlineData("block lists")]
    [InlineData("block mappings in lists")]
    public void Nesting_100000_levels_deep_is_a_syntax_error_not_a_stack_overflow(string shape)
    {
        const int Depth = 100_000;
        var yaml = Nested(shape, Depth);
        var measured = Measured.Run(MiniArticle.YamlPath, yaml, MiniArticle.TextPath, MiniArticle.ArticleText);
        measured.Report($"nesting {Depth} deep ({shape})", _output);
        Assert.Contains("AF0001", measured.Ids);

        // The reader stops at depth 33: ten times deeper costs at most what ten times more text costs (a reader that
        // went on, or rescanned, would allocate per level or per level squared), and far less than a MiB per 10,000 levels.
        var tenth = Measured.Run(MiniArticle.YamlPath, Nested(shape, Depth / 10), MiniArticle.TextPath, MiniArticle.ArticleText);
        Assert.Contains("AF0001", tenth.Ids);
        Assert.True(measured.AllocatedBytes <= 10 * tenth.AllocatedBytes + (1L << 20), $"{Depth} levels allocated {measured.AllocatedBytes} bytes, {Depth / 10} levels {tenth.AllocatedBytes}");
        Assert.True(measured.AllocatedBytes < 16L << 20, $"allocated {measured.AllocatedBytes} bytes");
        AssertRejectedByTheGenerator(yaml, MiniArticle.ArticleText, "deep");
    }

    private static string Nested(string shape, int depth)
    {
        var nested = shape switch
        {
            "flow mappings" => string.Concat(Enumerable.Repeat("{a: ", depth)) + "x" + new string('}', depth),
            "flow lists" => new string('[', depth) + "x" + new string(']', depth),
            "unclosed flow lists" => new string('[', depth),
            "block lists" => string.Concat(Enumerable.Repeat("- ", depth)) + "x",
            _ => string.Concat(Enumerable.Repeat("- a: ", depth)) + "x",
        };
        return Header + "deep: " + (shape.StartsWith("block", StringComparison.Ordinal) ? "\n  " : string.Empty) + nested + "\n";
    }

    [Fact]
    public void Nesting_just_within_the_limit_is_read()
    {
        // 32 levels are allowed: the facts file is a mapping (1), its key 'entities' (2), ... a deep list under aliases.
        var aliases = new string('[', 28) + "Acme" + new string(']', 28);
        var yaml = MiniArticle.ValidYaml.Replace("    name: Acme Corp", "    name: Acme Corp\n    aliases: " + aliases, StringComparison.Ordinal);
        var measured = Measured.Run(MiniArticle.YamlPath, yaml, MiniArticle.TextPath, MiniArticle.ArticleText);
        Assert.DoesNotContain("AF0001", measured.Ids);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u0001")]
    [InlineData("\u001B")]
    [InlineData("\u007F")]
    [InlineData("\u0085\u0090")]
    public void Raw_control_characters_in_the_facts_file_are_a_syntax_error(string control)
    {
        var yaml = MiniArticle.With("name: Acme Corp", "name: Acme" + control + "Corp");
        var measured = Measured.Run(MiniArticle.YamlPath, yaml, MiniArticle.TextPath, MiniArticle.ArticleText);
        Assert.Equal(new[] { "AF0001" }, measured.Ids);
        AssertRejectedByTheGenerator(yaml, MiniArticle.ArticleText, "Acme" + control);
    }

    [Fact]
    public void Escaped_nul_in_a_value_and_raw_nul_in_the_text_round_trip()
    {
        var yamlWithMarker = MiniArticle.With("statement: The plan is ready.", "statement: \"The plan\\0is ready.\"")
            .Replace("end_before: Subscribe to", "end_before: \"Sub\\0scribe to\"", StringComparison.Ordinal);
        var text = MiniArticle.ArticleText.Replace("Subscribe", "Sub\0scribe", StringComparison.Ordinal);
        var outcome = CaseRunner.Run("Nul", new[] { (MiniArticle.YamlPath, yamlWithMarker), (MiniArticle.TextPath, text) });
        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics));
        BatchCompiler.CompileAndVerify(new[]
        {
            new CompiledCase("nul", outcome, sheets =>
            {
                Assert.Equal("The plan\0is ready.", sheets[0].Claims.Single(c => c.Id == "c_ready").Statement);
                Assert.Contains("Sub\0scribe", sheets[0].Article.Text, StringComparison.Ordinal);
            }),
        });
    }

    [Fact]
    public void Invalid_utf8_in_the_article_is_reported_not_used()
    {
        // The compiler decodes invalid UTF-8 (here a lone continuation byte and a truncated sequence) into U+FFFD.
        var bytes = Encoding.UTF8.GetBytes(MiniArticle.ArticleText).Concat(new byte[] { 0x80, 0x41, 0xE2, 0x82 }).ToArray();
        var decoded = new UTF8Encoding(false, false).GetString(bytes);
        Assert.Contains('\uFFFD', decoded);
        var measured = Measured.Run(MiniArticle.YamlPath, MiniArticle.ValidYaml, MiniArticle.TextPath, decoded);
        Assert.Equal(new[] { "AF0008" }, measured.Ids);
        Assert.Contains("U+FFFD at 4:1", measured.Result.Diagnostics.Single().Message, StringComparison.Ordinal);
        AssertRejectedByTheGenerator(MiniArticle.ValidYaml, decoded, "\uFFFD");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("\n\n\n")]
    [InlineData("---")]
    [InlineData("--- |\n  text")]
    [InlineData("[]")]
    [InlineData("~")]
    [InlineData("\"\\uD800\"")]
    [InlineData("a: \"\\uDC00\"")]
    [InlineData("%TAG ! tag:x,2024:\n--- !x\nschema: articlefacts/1")]
    [InlineData("? [a, b]\n: c")]
    [InlineData("schema: articlefacts/1\n...\n---\nschema: articlefacts/1")]
    [InlineData("{schema: articlefacts/1, article: {id: x}, entities: {")]
    public void Degenerate_files_are_rejected_with_a_diagnostic(string yaml)
    {
        var measured = Measured.Run(MiniArticle.YamlPath, yaml, MiniArticle.TextPath, MiniArticle.ArticleText);
        Assert.True(measured.HasErrors, "no error for: " + yaml);
        Assert.DoesNotContain("AF9999", measured.Ids);
        AssertRejectedByTheGenerator(yaml, MiniArticle.ArticleText);
    }

    /// <summary>
    /// The generator reports an error for the hostile input and uses nothing of it: what it still generates (the facts
    /// complete before the defect, withheld members for the rest) compiles, and holds no trace of <paramref name="hostile"/>.
    /// </summary>
    /// <param name="hostile">What must not reach generated code; null for a file with no usable article at all (no
    /// <c>Article</c> member is emitted).</param>
    internal static void AssertRejectedByTheGenerator(string yaml, string text, string? hostile = null)
    {
        var outcome = CaseRunner.Run("Hostile", new[] { (MiniArticle.YamlPath, yaml), (MiniArticle.TextPath, text) });
        Assert.True(outcome.HasErrors, "The generator accepted the file");
        Assert.DoesNotContain(outcome.Sources, s => s.Text.Contains(hostile ?? "Article Article { get; }", StringComparison.Ordinal));
        var run = GeneratorHarness.Run((MiniArticle.YamlPath, yaml), (MiniArticle.TextPath, text));
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }
}
