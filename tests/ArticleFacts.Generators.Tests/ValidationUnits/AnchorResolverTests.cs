using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>The anchor diagnostics as the resolver words them: AF1001, AF1002, AF1003, AF1004 and AF1005.</summary>
public class AnchorResolverTests
{
    private static readonly LocationInfo Here = new("a.facts.yaml", 0, 1, 0, 0, 0, 1);

    private static AnchorSpec Spec(string exact, string? prefix = null, string? suffix = null) =>
        new(new Located(exact, Here), prefix is null ? null : new Located(prefix, Here), suffix is null ? null : new Located(suffix, Here));

    private static ArticleTextIndex Index(string text, int bodyStart = 0, int bodyEnd = -1) =>
        new ArticleTextIndex("a.txt", text).WithBody(bodyStart, bodyEnd < 0 ? text.Length : bodyEnd);

    private static string[] Messages(DiagnosticBag bag) => bag.ToEquatableArray().AsImmutableArray().Select(d => d.Id + ": " + d.Message).ToArray();

    [Fact]
    public void An_anchor_found_once_resolves_to_its_place()
    {
        var bag = new DiagnosticBag();
        var anchor = new AnchorResolver(Index("ab\ncd cd", 0, 5), bag).Resolve(Spec("cd"));
        Assert.Equal(new AnchorModel(3, 2, 2, 1, "cd"), anchor);
        Assert.Empty(Messages(bag));
    }

    [Fact]
    public void Ten_places_are_listed_in_full()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("x x x x x x x x x x"), bag).Resolve(Spec("x")));
        var message = Assert.Single(Messages(bag));
        Assert.StartsWith("AF1002: Anchor \"x\" matches 10 times in the body, at 1:1, 1:3, 1:5, 1:7, 1:9, 1:11, 1:13, 1:15, 1:17, 1:19: it must match exactly once; ", message);
    }

    [Fact]
    public void More_than_ten_places_end_with_an_ellipsis()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("x x x x x x x x x x x"), bag).Resolve(Spec("x")));
        var message = Assert.Single(Messages(bag));
        Assert.StartsWith("AF1002: Anchor \"x\" matches 11 times in the body, at 1:1, 1:3, 1:5, 1:7, 1:9, 1:11, 1:13, 1:15, 1:17, 1:19, ...: it must match exactly once; ", message);
    }

    [Fact]
    public void An_ambiguous_anchor_with_a_suffix_counts_the_matches_with_it()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("cat s. cat s. cat"), bag).Resolve(Spec("cat", suffix: " s"))); // the third has no " s"
        Assert.Equal(
            new[] { "AF1002: Anchor \"cat\" matches 2 times in the body, at 1:1, 1:8: it must match exactly once; suffix: \" s. cat s.\" picks 1:1, prefix: \"s. \" picks 1:8" },
            Messages(bag));
    }

    [Fact]
    public void An_anchor_only_outside_the_body_lists_its_places()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("body. ab ab", 0, 5), bag).Resolve(Spec("ab")));
        Assert.Equal(new[] { "AF1003: Anchor \"ab\" is found only outside the article body, at 1:7, 1:10: facts must come from the body" }, Messages(bag));
    }

    [Fact]
    public void An_anchor_across_the_end_of_the_body_lies_outside_it()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("body ab", 0, 6), bag).Resolve(Spec("ab")));
        Assert.Equal(new[] { "AF1003: Anchor \"ab\" is found only outside the article body, at 1:6: facts must come from the body" }, Messages(bag));
    }

    [Fact]
    public void An_anchor_not_found_gets_the_near_miss_hint()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("some body"), bag).Resolve(Spec("zzz")));
        Assert.Equal(new[] { "AF1001: Anchor \"zzz\" is not in the article body; copy the words exactly from the article" }, Messages(bag));
    }

    [Fact]
    public void A_marker_with_a_suffix_is_found_once_in_the_whole_text()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(11, new AnchorResolver(Index("Stop here. Stop there.", 0, 3), bag).FindMarker(Spec("Stop", suffix: " there"), "end_before"));
        Assert.Empty(Messages(bag));
    }

    [Fact]
    public void A_marker_found_several_times_lists_its_places()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("Stop. Stop. Stop."), bag).FindMarker(Spec("Stop"), "end_before"));
        Assert.Equal(
            new[] { "AF1004: Body marker end_before \"Stop\" matches 3 times in the article text, at 1:1, 1:7, 1:13: it must match once (add a prefix or suffix); no anchor of this article is checked until it is fixed" },
            Messages(bag));
    }

    [Fact]
    public void A_marker_not_found_gets_the_near_miss_hint()
    {
        var bag = new DiagnosticBag();
        Assert.Null(new AnchorResolver(Index("Stop. Go."), bag).FindMarker(Spec("STOP"), "start_after"));
        Assert.Equal(
            new[] { "AF1004: Body marker start_after \"STOP\" is not found in the article text; nearest candidate \"Stop\" at 1:1 differs in case; no anchor of this article is checked until it is fixed" },
            Messages(bag));
    }

    [Fact]
    public void A_quote_outside_quotation_marks_is_reported_with_its_text()
    {
        var bag = new DiagnosticBag();
        var resolver = new AnchorResolver(Index("say \"hi\" hi"), bag);
        Assert.True(resolver.CheckQuotationMarks(Spec("hi"), new AnchorModel(5, 2, 1, 6, "hi")));
        Assert.False(resolver.CheckQuotationMarks(Spec("hi"), new AnchorModel(9, 2, 1, 10, "hi")));
        Assert.Equal(
            new[] { "AF1005: Quote \"hi\" is not between quotation marks: it must start right after an opening mark (\u201C \u2018 \u00AB or \"), but ' ' comes before it" },
            Messages(bag));
    }
}
