using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>
/// The generated sources are byte-identical across runs, orders of AdditionalFiles, line endings and cultures,
/// and so are the diagnostics.
/// </summary>
[Collection(nameof(CultureSensitive))]
public class DeterminismTests
{
    /// <summary>Two valid articles, one broken one, and a second text that differs from the first only in case.</summary>
    private static readonly (string Path, string Text)[] Inputs =
    {
        (MiniArticle.YamlPath, MiniArticle.ValidYaml),
        (MiniArticle.TextPath, MiniArticle.ArticleText),
        SeedData.Read(SeedData.YamlPath),
        SeedData.Read(SeedData.TextPath),
        ("data/broken.facts.yaml", MiniArticle.With("id: mini", "id: broken").Replace("value: 12", "value: 13", StringComparison.Ordinal)),
        ("data/broken.txt", MiniArticle.ArticleText),
        ("data/case.facts.yaml", MiniArticle.With("id: mini", "id: case_two")),
        ("data/case.txt", MiniArticle.ArticleText),
        ("data/CASE.txt", MiniArticle.ArticleText.Replace("Monday", "Tuesday", StringComparison.Ordinal)),
        ("data/Case.txt", MiniArticle.ArticleText.Replace("crates", "boxes", StringComparison.Ordinal)),
    };

    [Fact]
    public void Two_runs_generate_byte_identical_sources_and_diagnostics()
    {
        var first = Snapshot(Inputs);
        var second = Snapshot(Inputs);
        AssertSame(first, second, "a second run");
        Assert.Contains("Mini.g.cs", first.Sources.Keys);
        Assert.Contains("AF3004", first.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_order_of_additional_files_generates_the_same()
    {
        var expected = Snapshot(Inputs);
        var random = new Random(5);
        var orders = new List<(string, string)[]> { Inputs.Reverse().ToArray() };
        for (var i = 0; i < 6; i++)
        {
            orders.Add(Inputs.OrderBy(_ => random.Next()).ToArray());
        }

        foreach (var order in orders)
        {
            AssertSame(expected, Snapshot(order), "the order " + string.Join(", ", order.Select(f => f.Item1)));
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("mixed")]
    public void Crlf_lone_cr_and_mixed_line_endings_generate_what_lf_does(string lineEnd)
    {
        var expected = Snapshot(Inputs);
        var converted = Inputs.Select((f, i) => (f.Path, Convert(f.Text, lineEnd, i))).ToArray();
        Assert.NotEqual(Inputs.Select(f => f.Text), converted.Select(f => f.Item2));
        AssertSame(expected, Snapshot(converted), "line ends " + lineEnd.Replace("\r", "CR", StringComparison.Ordinal).Replace("\n", "LF", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_generates_what_its_absence_does()
    {
        var expected = Snapshot(Inputs);
        AssertSame(expected, Snapshot(Inputs.Select(f => (f.Path, "\uFEFF" + f.Text)).ToArray()), "a BOM");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Any_current_culture_generates_what_the_invariant_culture_does(string culture)
    {
        var expected = InCulture("en-US", () => Snapshot(Inputs));
        AssertSame(expected, InCulture(culture, () => Snapshot(Inputs)), "culture '" + culture + "'");
    }

    [Fact]
    public void The_cultures_under_test_really_differ()
    {
        // Guards the culture tests against a globalization-invariant runtime, where every culture would be alike.
        Assert.NotEqual("i", InCulture("tr-TR", () => "I".ToLower(CultureInfo.CurrentCulture)));
        Assert.Equal("1,5", InCulture("de-DE", () => 1.5.ToString(CultureInfo.CurrentCulture)));
    }

    internal static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    private static string Convert(string text, string lineEnd, int seed)
    {
        if (lineEnd != "mixed")
        {
            return text.Replace("\n", lineEnd, StringComparison.Ordinal);
        }

        // A lone CR before an empty line that ends in LF would read as one CRLF, not two line ends: it gets CRLF.
        var ends = new[] { "\n", "\r\n", "\r" };
        var lines = text.Split('\n');
        return string.Concat(lines.Select((line, i) =>
        {
            if (i == lines.Length - 1)
            {
                return line;
            }

            var end = ends[(i + seed) % 3];
            return line + (end == "\r" && lines[i + 1].Length == 0 ? "\r\n" : end);
        }));
    }

    private static GeneratedSnapshot Snapshot((string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(new HarnessOptions(), files);
        return new GeneratedSnapshot(run.Sources, string.Join("\n", run.FactsDiagnosticLines));
    }

    private static void AssertSame(GeneratedSnapshot expected, GeneratedSnapshot actual, string what)
    {
        Assert.True(expected.Sources.Keys.SequenceEqual(actual.Sources.Keys), $"Hint names differ under {what}: {string.Join(", ", actual.Sources.Keys)}");
        foreach (var (hint, text) in expected.Sources)
        {
            Assert.True(string.Equals(text, actual.Sources[hint], StringComparison.Ordinal), $"{hint} differs under {what}");
        }

        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    private sealed record GeneratedSnapshot(IReadOnlyDictionary<string, string> Sources, string Diagnostics);
}

/// <summary>Tests that set the current culture run one at a time.</summary>
[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive
{
}
