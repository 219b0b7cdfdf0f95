using System;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.Tests;

/// <summary>
/// The article text is emitted as UTF-8 data from C# 11 on: string literals share the assembly's user-string heap,
/// which holds 16 MB (CS8103), and about 690 ordinary articles would fill it with their texts alone.
/// </summary>
public class ArticleTextEmissionTests
{
    /// <summary>The mini article's text as a C# literal.</summary>
    private const string Literal =
        "\"Alice Smith said the plan was \\\"ready to go.\\\" Acme Corp agreed on Monday.\\n" +
        "Acme Corp shipped 12 crates to Alice Smith.\\nSubscribe to Acme News for the plan.\\n\"";

    private const string Utf8Text = "private static readonly string s_text = global::System.Text.Encoding.UTF8.GetString(" + Literal + "u8);\n";

    private const string LiteralText = "private static readonly string s_text = " + Literal + ";\n";

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Preview)]
    public void From_CSharp_11_the_text_is_a_UTF8_literal(LanguageVersion version)
    {
        var run = Run(new HarnessOptions { LanguageVersion = version }, MiniArticle.ArticleText);
        run.AssertClean();
        Assert.Contains(Utf8Text, run.Source("Mini.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp9)]
    public void Before_CSharp_11_the_text_is_a_string_literal(LanguageVersion version)
    {
        var run = Run(new HarnessOptions { LanguageVersion = version }, MiniArticle.ArticleText);
        run.AssertClean();
        Assert.Contains(LiteralText, run.Source("Mini.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("u8", run.Source("Mini.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_with_an_unpaired_surrogate_stays_a_string_literal()
    {
        // UTF-8 cannot hold a lone surrogate ("\uD800"u8 is CS9026); a UTF-16 file can, in its footer.
        var run = Run(new HarnessOptions(), MiniArticle.ArticleText + "\uD800\n");
        run.AssertClean();
        var source = run.Source("Mini.g.cs");
        Assert.Contains("private static readonly string s_text = \"Alice Smith said", source, StringComparison.Ordinal);
        Assert.Contains("plan.\\n\\uD800\\n\";\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surrogate_pair_is_UTF8_data()
    {
        var run = Run(new HarnessOptions(), MiniArticle.ArticleText + "\U0001F600\n");
        run.AssertClean();
        Assert.Contains("plan.\\n\U0001F600\\n\"u8);\n", run.Source("Mini.g.cs"), StringComparison.Ordinal);
    }

    private static GeneratorRun Run(HarnessOptions options, string text) =>
        GeneratorHarness.Run(options, (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, text));
}
