using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>
/// The syntax limits at their boundaries, and cancellation, through the pipeline steps directly (fast: no driver,
/// no compilation). The slow and large versions of these inputs are in tests/ArticleFacts.Generators.PropertyTests.
/// </summary>
public class SyntaxEdgeTests
{
    [Theory]
    [InlineData(32, false)]
    [InlineData(33, true)]
    public void Nesting_is_allowed_to_32_levels_and_no_deeper(int depth, bool rejected)
    {
        // The facts file's mapping is level 1, 'entities' 2, 'acme' 3, 'aliases' 4; lists nest from level 4 on.
        var lists = depth - 4;
        var yaml = MiniArticle.With("    name: Acme Corp", "    name: Acme Corp\n    aliases: " + new string('[', lists) + "Acme" + new string(']', lists));
        var ids = ParseIds(yaml);
        Assert.Equal(rejected, ids.Contains("AF0001"));
        Assert.Equal(rejected ? new[] { "AF0001" } : new[] { "AF0004" }, ids);
    }

    [Theory]
    [InlineData('\u0000', true)]
    [InlineData('\u0008', true)]
    [InlineData('\u000B', true)]
    [InlineData('\u001F', true)]
    [InlineData('\u007F', true)]
    [InlineData('\u0090', true)]
    [InlineData('\u009F', true)]
    [InlineData('\t', false)]
    [InlineData('\u00A0', false)]
    [InlineData('\u007E', false)]
    public void Raw_control_characters_are_rejected_where_they_are(char c, bool rejected)
    {
        var yaml = MiniArticle.With("statement: The plan is ready.", "statement: \"The plan" + c + "is ready.\"");
        var parsed = Parse(yaml);
        var syntax = parsed.Diagnostics.Where(d => d.Id == "AF0001").ToList();
        Assert.Equal(rejected ? 1 : 0, syntax.Count);
        if (rejected)
        {
            Assert.Equal("27:25", syntax[0].Location!.Display);
            Assert.Contains($"U+{(int)c:X4}", syntax[0].Message, StringComparison.Ordinal);
            // The file is read up to the character: the claim it is in is cut off, the facts before it are kept.
            Assert.Equal("claims.c_ready", Assert.Single(parsed.Document!.Incomplete).Section + "." + parsed.Document.Incomplete[0].Id.Text);
            Assert.Equal(new[] { "acme", "alice" }, parsed.Document.Entities.Select(e => e.Id.Text));
            Assert.Empty(parsed.Document.Claims);
        }
    }

    [Theory]
    [InlineData("", "AF0003")]
    [InlineData("# only a comment\n", "AF0003")]
    [InlineData("schema: articlefacts/1\n---\nschema: articlefacts/1\n", "AF0007")]
    [InlineData("[schema]", "AF0004")]
    [InlineData("schema: articlefacts/2", "AF0006")]
    [InlineData("{schema: articlefacts/1", "AF0001")]
    public void Degenerate_files_get_one_first_diagnostic(string yaml, string id)
    {
        var parsed = Parse(yaml);
        Assert.Equal(id, parsed.Diagnostics.First().Id);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Id == "AF9999");
    }

    [Fact]
    public void Parse_and_validate_observe_a_cancelled_token()
    {
        var cancelled = new CancellationToken(canceled: true);
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Parse(new SourceFile(MiniArticle.YamlPath, MiniArticle.ValidYaml), MiniArticle.YamlPath, cancelled));
        var input = Pipeline.Pair(Parse(MiniArticle.ValidYaml), ImmutableArray.Create<SourceFile?>(new SourceFile(MiniArticle.TextPath, MiniArticle.ArticleText)));
        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Validate(input, cancelled));
        Assert.NotNull(Pipeline.Validate(input, CancellationToken.None).Model);
    }

    private static ParsedFacts Parse(string yaml) =>
        Pipeline.Parse(new SourceFile(MiniArticle.YamlPath, yaml), MiniArticle.YamlPath, CancellationToken.None);

    private static string[] ParseIds(string yaml) => Parse(yaml).Diagnostics.Select(d => d.Id).Distinct().ToArray();
}
