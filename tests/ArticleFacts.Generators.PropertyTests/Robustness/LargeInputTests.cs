using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>
/// Large inputs stay within generous bounds of time and memory (the measured numbers are in docs/quality.md).
/// <c>ARTICLEFACTS_COMPILE_LARGE=1</c> also compiles and loads what they generate (slow: minutes).
/// </summary>
public class LargeInputTests
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    private readonly ITestOutputHelper _output;

    public LargeInputTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Generous: CI has two cores, shared (42 to 230 s were measured under a load average of about 35).
    /// The bound on allocated bytes is the one that does not depend on the load.
    /// </summary>
    private static readonly TimeSpan LargeBound = TimeSpan.FromMinutes(10);

    private static bool CompileLarge => Environment.GetEnvironmentVariable("ARTICLEFACTS_COMPILE_LARGE") is "1" or "true";

    [Fact]
    public void A_20_MB_ascii_article_is_checked_and_generated_in_bounded_time()
    {
        // 20 million characters are far too many for a string literal (CS8103), not for UTF-8 data (AF0011 is at 40,000,000 bytes).
        var measured = TwentyMegabyteArticle("ASCII", "Lorem ipsum dolor sit amet, \"consectetur\" adipiscing elit; sed do eiusmod tempor.\n", out _);
        Assert.False(measured.HasErrors, string.Join("\n", measured.Result.Diagnostics.Where(d => d.Id != "AF4002").Select(d => d.Message)));
        Assert.NotNull(measured.Result.Model);
    }

    [Fact]
    public void A_20_MB_utf8_article_in_hangul_is_checked_and_generated_in_bounded_time()
    {
        // Three bytes of UTF-8 a character: 20 MB are 7.3 million characters, within what an assembly holds.
        var measured = TwentyMegabyteArticle("Hangul", "\uBD81\uD55C\uC678\uBB34\uC0C1\uC774\uBAA8\uC2A4\uD06C\uBC14\uB97C\uBC29\uBB38\uD588\uB2E4\u3002\n", out var text);
        Assert.False(measured.HasErrors, string.Join("\n", measured.Result.Diagnostics.Select(d => d.Message)));
        if (CompileLarge)
        {
            CompileAndCheck("hangul", MiniArticle.ValidYaml, text);
        }
    }

    [Fact]
    public void A_file_of_50000_facts_is_checked_and_generated_in_bounded_time()
    {
        var (yaml, text) = FiftyThousandFacts();
        var measured = Measured.Run("data/big.facts.yaml", yaml, "data/big.txt", text);
        measured.Report($"50,000 facts ({yaml.Length / 1048576.0:0.0} MiB of YAML, {text.Length / 1048576.0:0.0} MiB of text)", _output);
        Assert.False(measured.HasErrors, string.Join("\n", measured.Result.Diagnostics.Take(5).Select(d => d.Message)));
        var model = measured.Result.Model!;
        Assert.Equal(50_000, model.Entities.Count + model.Quotes.Count + model.Claims.Count + model.Quantities.Count + model.Dates.Count);
        Assert.True(measured.Elapsed < LargeBound, $"took {measured.Elapsed}");
        Assert.True(measured.AllocatedBytes < 4L << 30, $"allocated {measured.AllocatedBytes} bytes");
        if (CompileLarge)
        {
            CompileAndCheck("big", yaml, text, "data/big");
        }
    }

    [Fact]
    public void A_file_of_50000_facts_with_20000_broken_anchors_and_references_is_reported_in_bounded_time()
    {
        // Beyond the 200 diagnostics a file keeps, no hint is computed: each would fold the whole body or measure every id.
        var (yaml, text) = FiftyThousandFacts();
        var broken = yaml.Replace("{at: shipped ", "{at: sent ", StringComparison.Ordinal).Replace(", speaker: p", ", speaker: x", StringComparison.Ordinal);
        var measured = Measured.Run("data/big.facts.yaml", broken, "data/big.txt", text);
        measured.Report("50,000 facts, 10,000 anchors not found and 10,000 undefined speakers", _output);
        Assert.Contains("AF2003", measured.Ids);
        Assert.Equal(200, measured.Result.Diagnostics.Count);
        Assert.True(measured.Elapsed < LargeBound, $"took {measured.Elapsed}");

        // Time depends on the machine's load; bytes do not: computing the dropped hints allocated 94 GB.
        Assert.True(measured.AllocatedBytes < 4L << 30, $"allocated {measured.AllocatedBytes} bytes");
    }

    /// <summary>The mini article's facts over its text filled up to 20 MB of UTF-8 with <paramref name="filler"/>: measured, within bounds.</summary>
    private Measured TwentyMegabyteArticle(string what, string filler, out string text)
    {
        text = MiniWithFiller(filler, TwentyMegabytes);
        Assert.True(Encoding.UTF8.GetByteCount(text) >= TwentyMegabytes);
        var measured = Measured.Run(MiniArticle.YamlPath, MiniArticle.ValidYaml, MiniArticle.TextPath, text);
        measured.Report($"20 MB article, {what} ({text.Length:N0} chars)", _output);
        Assert.True(measured.Elapsed < TimeSpan.FromSeconds(60), $"took {measured.Elapsed}");
        Assert.True(measured.AllocatedBytes < 2L << 30, $"allocated {measured.AllocatedBytes} bytes");
        return measured;
    }

    /// <summary>The mini article with <paramref name="filler"/> repeated between its body and its footer up to <paramref name="bytes"/> of UTF-8.</summary>
    internal static string MiniWithFiller(string filler, int bytes)
    {
        var lines = MiniArticle.ArticleText.Split('\n');
        var builder = new StringBuilder(bytes).Append(lines[0]).Append('\n').Append(lines[1]).Append('\n');
        var fillerBytes = Encoding.UTF8.GetByteCount(filler);
        for (var size = Encoding.UTF8.GetByteCount(builder.ToString()); size < bytes; size += fillerBytes)
        {
            builder.Append(filler);
        }

        return builder.Append('\n').Append(lines[2]).Append('\n').ToString();
    }

    /// <summary>Ten thousand each of entities (one the publisher), quotes, claims, quantities and dates, all valid.</summary>
    internal static (string Yaml, string Text) FiftyThousandFacts()
    {
        const int N = 10_000;
        var text = new StringBuilder();
        var entities = new StringBuilder("entities:\n  pub: {type: organization, name: The Publisher, mentioned: false}\n");
        var quotes = new StringBuilder("quotes:\n");
        var claims = new StringBuilder("claims:\n");
        var quantities = new StringBuilder("quantities:\n");
        var dates = new StringBuilder("dates:\n");
        for (var i = 1; i < N; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append($"P{n}x said, \u201CWords {n} here.\u201D They shipped {n} crates on day {n}.\n");
            entities.Append($"  p{n}: {{type: person, name: P{n}x}}\n");
            quotes.Append($"  q{n}: {{text: Words {n} here, speaker: p{n}}}\n");
            claims.Append($"  c{n}: {{statement: Claim {n}., source: p{n}, stance: reported, evidence: {{quote: q{n}}}}}\n");
            quantities.Append($"  n{n}: {{at: shipped {n} crates, value: {n}, unit: \"{{crate}}\"}}\n");
            dates.Append($"  d{n}: {{at: day {n}., value: \"2024\"}}\n");
        }

        // The ten-thousandth of each kind but the entity (the publisher is one).
        quotes.Append("  q0: {text: Last words, speaker: pub}\n");
        claims.Append("  c0: {statement: Last., source: author, stance: asserted, evidence: last line}\n");
        quantities.Append("  n0: {at: zero crates, value: 0, unit: \"{crate}\"}\n");
        dates.Append("  d0: {at: last day, value: \"2024-01\"}\n");
        text.Append("The last line: \u201CLast words\u201D, zero crates, last day.\n");
        var yaml = "schema: articlefacts/1\narticle: {id: big, publisher: pub, published: \"2024-01-14\"}\n" + entities + quotes + claims + quantities + dates;
        return (yaml, text.ToString());
    }

    private void CompileAndCheck(string name, string yaml, string text, string stem = "data/mini")
    {
        var start = DateTime.UtcNow;
        var outcome = CaseRunner.Run("Large", new[] { (stem + ".facts.yaml", yaml), (stem + ".txt", text) });
        Assert.False(outcome.HasErrors);
        BatchCompiler.CompileAndVerify(new[] { new CompiledCase(name, outcome, AnchorInvariants.Check) });
        _output.WriteLine($"{name}: generated, compiled, loaded and checked in {(DateTime.UtcNow - start).TotalSeconds:0.0} s");
    }
}
