using System;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Tests.Robustness;

/// <summary>
/// The YAML reader after a syntax error: the tree read before the error is kept, every mapping and list the
/// error cut off is marked, and exactly one AF0001 says where the reading stopped.
/// </summary>
public class PartialTreeTests
{
    [Fact]
    public void A_complete_file_has_no_cut_node_and_no_syntax_error()
    {
        var (root, error, diagnostics) = Read("a:\n  b: c\nd: [e]\n");
        Assert.Null(error);
        Assert.Empty(diagnostics);
        var top = Assert.IsType<YamlMapping>(root);
        Assert.False(top.IsCut);
        Assert.All(top.Entries, e => Assert.False(e.Value.IsCut));
    }

    [Fact]
    public void An_unterminated_quote_cuts_the_mappings_it_is_in_and_keeps_what_came_before()
    {
        var (root, error, diagnostics) = Read("a:\n  b: c\n  d: \"e\n");
        var top = Assert.IsType<YamlMapping>(root);
        Assert.True(top.IsCut);
        var a = Assert.IsType<YamlMapping>(Assert.Single(top.Entries).Value);
        Assert.True(a.IsCut);
        Assert.Equal(new[] { "b", "d" }, a.Entries.Select(e => e.Key.Value));
        Assert.Equal("c", Assert.IsType<YamlScalar>(a.Entries[0].Value).Value);
        // The key 'd' was read, its value never began.
        Assert.IsType<YamlMissing>(a.Entries[1].Value);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0001", "3:6"), (d.Id, d.Location!.Display));
        Assert.Equal(d, error);
    }

    [Fact]
    public void A_mapping_that_ended_before_the_error_is_not_cut()
    {
        var (root, _, diagnostics) = Read("a:\n  b: c\nx: [1, 2\n");
        var top = Assert.IsType<YamlMapping>(root);
        Assert.True(top.IsCut);
        Assert.False(top.Entries[0].Value.IsCut);
        var list = Assert.IsType<YamlSequence>(top.Entries[1].Value);
        Assert.True(list.IsCut);
        Assert.Equal(new[] { "1", "2" }, list.Items.Cast<YamlScalar>().Select(s => s.Value));
        // A cut list ends where the reading ended: just past its last item, '2' at offset 17 (it opened at 13).
        Assert.Equal((13, 18), (list.Start, list.End));
        Assert.Equal((0, 18), (top.Start, top.End));
        Assert.Equal("AF0001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_control_character_cuts_the_tree_where_it_is_and_nothing_else_is_reported()
    {
        // Read up to the character, the quoted text is unterminated: that is the character's consequence, not a second error.
        var (root, error, diagnostics) = Read("a: b\nc: \"d\u0001e\"\nf: g\n");
        var top = Assert.IsType<YamlMapping>(root);
        Assert.True(top.IsCut);
        Assert.Equal(new[] { "a", "c" }, top.Entries.Select(e => e.Key.Value));
        Assert.False(top.Entries[0].Value.IsCut);
        Assert.IsType<YamlMissing>(top.Entries[1].Value);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0001", 10, 1), (d.Id, d.Location!.Start, d.Location.Length));
        Assert.Contains("U+0001", d.Message, StringComparison.Ordinal);
        Assert.Equal(d, error);
    }

    [Fact]
    public void A_plain_scalar_that_ends_at_a_control_character_is_not_kept_whole()
    {
        var (root, _, _) = Read("a: b\nc: de\u0001f\n");
        Assert.IsType<YamlMissing>(((YamlMapping)root!).Entries[1].Value);
    }

    [Fact]
    public void Nesting_too_deep_cuts_the_tree_at_that_level()
    {
        var (root, error, diagnostics) = Read("a: b\nc: " + new string('[', 40) + new string(']', 40) + "\n");
        var top = Assert.IsType<YamlMapping>(root);
        Assert.True(top.IsCut);
        Assert.Equal("b", ((YamlScalar)top.Entries[0].Value).Value);
        Assert.True(top.Entries[1].Value.IsCut);
        var d = Assert.Single(diagnostics);
        Assert.Equal("AF0001", d.Id);
        Assert.Contains("deeper than 32", d.Message, StringComparison.Ordinal);
        Assert.Equal(d, error);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_at_the_tab_not_at_the_start_of_the_file()
    {
        // YamlDotNet places this error at the start of the enclosing mapping (1:1).
        var text = "a:\n  b: c\n\td: e\n";
        var (_, _, diagnostics) = Read(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("AF0001", text.IndexOf('\t')), (d.Id, d.Location!.Start));
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_without_its_colon_at_the_end_keeps_the_mapping_before_it_complete()
    {
        var (root, _, diagnostics) = Read("a:\n  b: c\nd");
        var top = Assert.IsType<YamlMapping>(root);
        Assert.True(top.IsCut);
        Assert.False(Assert.Single(top.Entries).Value.IsCut);
        Assert.Equal(("AF0001", "3:1"), (Assert.Single(diagnostics).Id, diagnostics[0].Location!.Display));
    }

    [Fact]
    public void An_error_before_any_node_gives_no_tree()
    {
        var (root, error, diagnostics) = Read("\"a");
        Assert.Null(root);
        Assert.Equal(Assert.Single(diagnostics), error);
    }

    private static (YamlNode? Root, DiagnosticInfo? Error, DiagnosticInfo[] Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read(text, new LineMap("x.yaml", text), diagnostics, CancellationToken.None, out var error);
        return (root, error, diagnostics.ToEquatableArray().ToArray());
    }
}
