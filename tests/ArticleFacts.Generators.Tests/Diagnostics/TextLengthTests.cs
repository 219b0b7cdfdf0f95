using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ArticleFacts.Generators.Emit;
using ArticleFacts.Generators.Tests.Infrastructure;
using ArticleFacts.Generators.Tools;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>
/// AF0011: how long an article text can be, per form of its literal (measured in docs/format.md): UTF-8 data up to
/// 40,000,000 bytes, a string literal (before C# 11, or with an unpaired surrogate) up to 8,000,000 characters.
/// </summary>
public class TextLengthTests
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    /// <summary>The mini article with <paramref name="filler"/> in its footer (outside the body: only the length counts).</summary>
    private static string WithFooter(string filler) => ArticleText.Replace("for the plan", filler + "for the plan", StringComparison.Ordinal);

    /// <summary>The mini article grown with spaces in its footer to <paramref name="length"/> characters, ending in <paramref name="tail"/>.</summary>
    private static string OfLength(int length, string tail = "") => WithFooter(new string(' ', length - ArticleText.Length - tail.Length) + tail);

    private static CheckFinding[] Check(string text) => FactsChecker.Check(YamlPath, ValidYaml, path => path == TextPath ? text : null).ToArray();

    [Fact]
    public void A_20_MB_article_builds_and_its_text_loads()
    {
        var text = OfLength(TwentyMegabytes);
        var run = GeneratorHarness.Run((YamlPath, ValidYaml), (TextPath, text));
        Assert.Empty(run.FactsDiagnostics);

        var sheet = Assert.Single(EmitAndLoad(run.OutputCompilation));
        Assert.Equal(TwentyMegabytes, sheet.Article.Text.Length);
        Assert.Equal(text, sheet.Article.Text);
    }

    [Fact]
    public void AF0011_a_text_over_the_UTF8_limit_is_reported_after_every_other_check()
    {
        var text = OfLength(TextLimits.MaxUtf8Bytes + 1);
        var run = Run(With("qty_crates:\n    at: 12 crates", "qty_crates:\n    at: 13 crates"), text);
        Assert.Equal(new[] { "AF0011", "AF1001" }, run.FactsDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        var d = run.FactsDiagnostics.Single(x => x.Id == "AF0011");
        AssertIs(d, "AF0011", 2, 1, "40,000,001 bytes of UTF-8");
        Assert.Equal(
            "The article text 'data/mini.txt' is too long to compile into an assembly: it has 40,000,001 bytes of UTF-8, and a text is compiled in as UTF-8 data (\"...\"u8) of at most 40,000,000 bytes (the compiler needs some 160 bytes of memory per byte of it); split the article",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AF0011_counts_bytes_of_UTF8_not_characters()
    {
        // 13,333,334 characters of three bytes each are over the limit; as many ASCII characters are far below it.
        var hangul = OfLength(13_333_334 + ArticleText.Length, new string('\uD55C', 13_333_334));
        var finding = Assert.Single(Check(hangul));
        Assert.Equal("AF0011", finding.Id);
        Assert.Contains("it has 40,000,156 bytes of UTF-8", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Check(OfLength(13_333_334 + ArticleText.Length)));
    }

    [Fact]
    public void AF0011_near_miss_a_text_of_exactly_the_UTF8_limit()
    {
        Assert.Empty(Check(OfLength(TextLimits.MaxUtf8Bytes)));
    }

    [Fact]
    public void AF0011_a_text_with_an_unpaired_surrogate_is_held_to_the_string_literal_limit()
    {
        var finding = Assert.Single(Check(OfLength(TextLimits.MaxStringLiteralChars + 1, "\uD800")));
        Assert.Equal(("AF0011", 2, 1), (finding.Id, finding.Line, finding.Column));
        Assert.Equal(
            "The article text 'data/mini.txt' is too long to compile into an assembly: it holds an unpaired surrogate, which UTF-8 cannot encode, so it is compiled in as a string literal, and the string literals of one assembly share 16 MB of UTF-16 (CS8103), room for about 8,000,000 characters of text; it has 8,000,001: remove the unpaired surrogate or split the article",
            finding.Message);
        Assert.Empty(Check(OfLength(TextLimits.MaxStringLiteralChars, "\uD800")));
    }

    [Fact]
    public void AF0011_before_CSharp_11_a_text_over_the_string_literal_limit_is_not_generated()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { LanguageVersion = LanguageVersion.CSharp10 }, (YamlPath, ValidYaml), (TextPath, OfLength(TextLimits.MaxStringLiteralChars + 1)));
        var d = Assert.Single(run.FactsDiagnostics);
        AssertIs(d, "AF0011", 3, 7, "too long for this project's C# version");
        Assert.Equal(
            "The text of article 'mini' is too long for this project's C# version: before C# 11 a text is compiled in as a string literal, and the string literals of one assembly share 16 MB of UTF-16 (CS8103), room for about 8,000,000 characters of text; it has 8,000,001: set <LangVersion> to 11 or later, or split the article",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

        // The catalogue leaves the article out, so the rest compiles.
        Assert.Equal(new[] { "Articles.g.cs" }, run.Sources.Keys);
        Assert.DoesNotContain("Mini", run.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.Empty(EmitAndLoad(run.OutputCompilation));
    }

    [Fact]
    public void AF0011_near_miss_before_CSharp_11_a_string_literal_of_exactly_the_limit_builds_beside_the_other_literals()
    {
        var text = OfLength(TextLimits.MaxStringLiteralChars);
        var run = GeneratorHarness.Run(new HarnessOptions { LanguageVersion = LanguageVersion.CSharp10 }, (YamlPath, ValidYaml), (TextPath, text));
        Assert.Empty(run.FactsDiagnostics);
        Assert.DoesNotContain("\"u8", run.Source("Mini.g.cs"), StringComparison.Ordinal);
        Assert.Equal(text, Assert.Single(EmitAndLoad(run.OutputCompilation)).Article.Text);
    }

    /// <summary>Emits <paramref name="compilation"/> (CS8103 is found only then), requires no error or warning, and loads its <c>Articles.All</c>.</summary>
    private static ImmutableArray<FactSheet> EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emitted.Success && problems.Count == 0, DiagnosticText.FormatAll(problems));
        stream.Position = 0;
        var context = new AssemblyLoadContext("TextLengthTests", isCollectible: true);
        try
        {
            var articles = context.LoadFromStream(stream).GetType("TestProject.Articles", throwOnError: true)!;
            return (ImmutableArray<FactSheet>)articles.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
