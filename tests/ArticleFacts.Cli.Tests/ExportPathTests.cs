using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>export PATH...</c>: JSON-LD and W3C annotations of facts files written by the test.</summary>
public class ExportPathTests
{
    [Fact]
    public void Every_annotation_resolves_by_its_quote_and_its_position_to_the_same_code_points()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        var result = Cli.Run("export", dir.Path, "--format", "annotations");
        Assert.Equal((0, "1 file, 0 errors, 0 warnings\n"), (result.ExitCode, result.Stderr));
        var text = CodePoints(Samples.HarbourText);
        var items = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        var afterAstral = 0;
        foreach (var item in items)
        {
            var selectors = item.GetProperty("target").GetProperty("selector").EnumerateArray().ToList();
            var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
            var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
            var (start, end) = Resolve(text, quote.GetProperty("exact").GetString()!, quote.GetProperty("prefix").GetString()!, quote.GetProperty("suffix").GetString()!);
            Assert.Equal((start, end), (position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32()));
            Assert.Equal(quote.GetProperty("exact").GetString(), Text(text, start, end));
            afterAstral += Samples.HarbourText.IndexOf(quote.GetProperty("exact").GetString()!, StringComparison.Ordinal) != start ? 1 : 0;
        }

        // Positions after U+1F680 count it once: they differ from UTF-16 offsets, so the test sees code points at work.
        Assert.True(afterAstral >= 2, $"{afterAstral} annotations after an astral character");
    }

    [Fact]
    public void Json_ld_of_a_written_file_names_its_article_claims_and_sources()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        var result = Cli.Run("export", dir.Path);
        Assert.Equal(0, result.ExitCode);
        var graph = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var article = graph.Single(n => n.GetProperty("@type").GetString() == "NewsArticle");
        Assert.Equal("urn:articlefacts:harbour", article.GetProperty("@id").GetString());
        var claim = graph.Single(n => n.GetProperty("@id").GetString() == "urn:articlefacts:harbour:c_late");
        Assert.Equal(("denied", "urn:articlefacts:harbour:council"), (claim.GetProperty("af:stance").GetString(), claim.GetProperty("author").GetProperty("@id").GetString()));
    }

    [Fact]
    public void A_file_with_errors_exports_what_is_not_withheld_and_exits_1_with_the_findings_on_stderr()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        dir.WriteHarbour("broken", Samples.HarbourYaml.Replace("id: harbour", "id: broken", StringComparison.Ordinal).Replace("at: Monday", "at: Tuesday", StringComparison.Ordinal));
        var result = Cli.Run("export", dir.Path, "-f", "annotations");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error AF1001:", result.Stderr, StringComparison.Ordinal);
        var ids = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("first").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains("urn:articlefacts:harbour:d_monday", ids);
        Assert.Contains("urn:articlefacts:broken:c_late", ids);
        Assert.DoesNotContain("urn:articlefacts:broken:d_monday", ids); // its anchor is not in the text: withheld
        Assert.Equal(11, ids.Count);
    }

    [Fact]
    public void Without_a_path_the_compiled_facts_are_exported()
    {
        var result = Cli.Run("export");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stderr));
        Assert.Contains("urn:articlefacts:nk_fm_visit", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The text as Unicode scalar values: the W3C model's characters.</summary>
    private static int[] CodePoints(string text) => text.EnumerateRunes().Select(r => r.Value).ToArray();

    private static string Text(int[] text, int start, int end) => string.Concat(text[start..end].Select(c => new Rune(c).ToString()));

    /// <summary>
    /// Resolves a TextQuoteSelector as an annotator does, independently of the export: every occurrence of the exact
    /// text (in code points), kept when the text before it ends with the prefix and the text after starts with the
    /// suffix; exactly one must remain.
    /// </summary>
    private static (int Start, int End) Resolve(int[] text, string exact, string prefix, string suffix)
    {
        var (e, p, s) = (CodePoints(exact), CodePoints(prefix), CodePoints(suffix));
        var found = new List<int>();
        for (var i = 0; i + e.Length <= text.Length; i++)
        {
            if (text.AsSpan(i, e.Length).SequenceEqual(e)
                && i >= p.Length && text.AsSpan(i - p.Length, p.Length).SequenceEqual(p)
                && i + e.Length + s.Length <= text.Length && text.AsSpan(i + e.Length, s.Length).SequenceEqual(s))
            {
                found.Add(i);
            }
        }

        var start = Assert.Single(found);
        return (start, start + e.Length);
    }
}
