using System;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>The YAML reader's diagnostics, exactly: where each starts and how long it is (mutation testing found these unchecked).</summary>
public class YamlReaderTests
{
    [Fact]
    public void A_control_character_at_the_very_start_is_reported_there_one_character_long()
    {
        var (_, diagnostics) = Read("\u0001schema: articlefacts/1\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0001", 0, 1), (d.Id, d.Location!.Start, d.Location.Length));
    }

    [Fact]
    public void A_second_document_marker_is_reported_three_characters_long()
    {
        var (_, diagnostics) = Read("a: b\n---\nc: d\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0007", 5, 3), (d.Id, d.Location!.Start, d.Location.Length));
    }

    [Fact]
    public void An_anchor_is_reported_over_its_ampersand_and_name()
    {
        var (_, diagnostics) = Read("a: &name b\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0007", 3, 5), (d.Id, d.Location!.Start, d.Location.Length));
    }

    [Theory]
    [InlineData("a: !x b\n", true)]
    [InlineData("a: !!str b\n", true)]
    [InlineData("a: ! b\n", true)]
    [InlineData("a: !!str \"b\"\n", true)]
    [InlineData("a: ! \"b\"\n", false)]
    [InlineData("a: \"b\"\n", false)]
    public void Tags_are_forbidden_but_the_non_specific_tag_of_a_quoted_scalar(string yaml, bool reported)
    {
        var (_, diagnostics) = Read(yaml);
        Assert.Equal(reported, diagnostics.Any(d => d.Id == "AF0007"));
        if (reported)
        {
            var d = diagnostics.Single();
            Assert.Equal((3, 1), (d.Location!.Start, d.Location.Length));
        }
    }

    [Fact]
    public void A_key_that_is_not_text_is_a_syntax_error_at_the_key()
    {
        var (root, diagnostics) = Read("? [a, b]\n: c\nd: e\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("AF0001", d.Id);
        Assert.Equal(2, d.Location!.Start);
        Assert.Contains("a key must be plain text, not a list", d.Message, StringComparison.Ordinal);
        Assert.Equal("d", Assert.Single(((YamlMapping)root!).Entries).Key.Value);
    }

    [Fact]
    public void A_parser_error_keeps_its_message_without_the_parsers_position_prefix()
    {
        var (_, diagnostics) = Read("a: [b, c\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("AF0001", d.Id);
        Assert.DoesNotContain("(Line:", d.Message, StringComparison.Ordinal);
        Assert.InRange(d.Location!.Start, 0, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0001")]
    [InlineData("a: b\n")]
    public void A_cancelled_token_stops_the_reader_whatever_the_text(string text)
    {
        Assert.ThrowsAny<OperationCanceledException>(() => YamlTreeReader.Read(text, new LineMap("x.yaml", text), new DiagnosticBag(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Node_kinds_are_named_in_messages()
    {
        Assert.Equal(("text", "a mapping", "a list"), (new YamlScalar("x", true, 0, 1).KindName, new YamlMapping(new(), 0, 1).KindName, new YamlSequence(new(), 0, 1).KindName));
    }

    private static (YamlNode? Root, DiagnosticInfo[] Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, new LineMap("x.yaml", text), diagnostics, CancellationToken.None);
        return (root, diagnostics.ToEquatableArray().ToArray());
    }
}
