using System;
using System.Threading;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>The body search behind anchors: matches, the body's bounds, prefix and suffix.</summary>
public class ArticleTextIndexTests
{
    private static ArticleTextIndex Index(string text, int bodyStart = 0, int bodyEnd = -1) =>
        new ArticleTextIndex("a.txt", text).WithBody(bodyStart, bodyEnd < 0 ? text.Length : bodyEnd);

    [Theory]
    [InlineData(5, 10, true)]
    [InlineData(4, 10, false)]
    [InlineData(5, 11, false)]
    [InlineData(6, 9, true)]
    public void A_span_is_in_the_body_when_it_lies_within_its_bounds(int start, int end, bool expected) =>
        Assert.Equal(expected, Index("0123456789abcdef", 5, 10).InBody(start, end));

    [Theory]
    [InlineData("aaa", "aa", new[] { 0, 1 })] // overlapping matches
    [InlineData("ab", "b", new[] { 1 })] // a match at the end of the text
    [InlineData("abc", "", new int[0])]
    [InlineData("abc", "x", new int[0])]
    public void FindAll_lists_every_match_of_the_whole_text(string text, string value, int[] expected) =>
        Assert.Equal(expected, Index(text, 1, 2).FindAll(value));

    [Fact]
    public void FindAll_observes_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        var index = new ArticleTextIndex("a.txt", "abc", cancellation.Token);
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => index.FindAll("b"));
    }

    [Fact]
    public void FindOnlyInBody_observes_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        var index = new ArticleTextIndex("a.txt", "abc", cancellation.Token);
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => index.FindOnlyInBody("b", null, null));
    }

    [Theory]
    [InlineData("abc", 0, 3, "a", 0)] // at the start of the text
    [InlineData("abc", 0, 3, "abc", 0)] // as long as the body
    [InlineData("xab", 0, 3, "ab", 1)] // at the end of the body
    [InlineData("abab", 0, 3, "ab", 0)] // the second one crosses the end of the body
    [InlineData("ab ab", 1, 5, "ab", 3)] // the first one starts before the body
    [InlineData("ab ab", 0, 5, "ab", null)] // twice
    [InlineData("abc", 0, 3, "x", null)]
    [InlineData("abc", 1, 3, "abc", null)] // longer than the body
    [InlineData("abc", 0, 0, "", null)] // empty
    [InlineData("abc", 0, 3, "", null)]
    public void FindOnlyInBody_finds_the_one_match_of_the_body(string text, int bodyStart, int bodyEnd, string value, int? expected) =>
        Assert.Equal(expected, Index(text, bodyStart, bodyEnd).FindOnlyInBody(value, null, null));

    [Theory]
    [InlineData(null, " ce", 6)]
    [InlineData(null, " cd", 0)]
    [InlineData("cd ", null, 6)]
    [InlineData(null, " c", null)]
    [InlineData("cd ", " cd", null)]
    public void FindOnlyInBody_counts_only_the_matches_with_the_context(string? prefix, string? suffix, int? expected) =>
        Assert.Equal(expected, Index("ab cd ab ce").FindOnlyInBody("ab", prefix, suffix));

    [Theory]
    [InlineData(1, 3, "x", null, true)] // a prefix as long as the text before the match
    [InlineData(1, 3, "yx", null, false)] // a prefix longer than the text before the match
    [InlineData(1, 3, "b", null, false)]
    [InlineData(1, 3, null, "ab", true)] // a suffix up to the end of the text
    [InlineData(1, 3, null, "abx", false)] // a suffix past the end of the text
    [InlineData(1, 3, null, "b", false)]
    [InlineData(1, 3, "x", "ab", true)]
    [InlineData(1, 3, "x", "b", false)]
    public void HasContext_compares_the_text_before_and_after_the_span(int start, int end, string? prefix, string? suffix, bool expected) =>
        Assert.Equal(expected, Index("xabab").HasContext(start, end, prefix, suffix));
}
