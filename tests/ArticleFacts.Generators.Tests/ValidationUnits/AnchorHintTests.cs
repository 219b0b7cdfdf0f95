using System;
using System.Collections.Generic;
using System.Threading;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>
/// The hints of AF1001 (the nearest candidate: case, whitespace, quote style; the words the body has) and
/// AF1002 (the shortest whole-word prefix or suffix that picks each match), as exact texts.
/// </summary>
public class AnchorHintTests
{
    private const string Said = "Alice said yes. Bob said no.";
    private const string Quoted = "He said \u201Cyes\u201D and \u00ABno\u00BB.";

    private static ArticleTextIndex Index(string text, int bodyStart = 0, int bodyEnd = -1) =>
        new ArticleTextIndex("a.txt", text).WithBody(bodyStart, bodyEnd < 0 ? text.Length : bodyEnd);

    [Fact]
    public void Shorten_keeps_80_characters_and_cuts_81_to_77_and_an_ellipsis()
    {
        var eighty = new string('a', 70) + "0123456789";
        Assert.Equal(eighty, Text.MessageText.Shorten(eighty));
        Assert.Equal(new string('a', 70) + "0123456...", Text.MessageText.Shorten(eighty + "x"));
    }

    [Fact]
    public void Shorten_shows_control_characters_as_escapes_and_cuts_at_the_given_length()
    {
        Assert.Equal("a\\nb\\tc\\u0001", Text.MessageText.Shorten("a\nb\tc\u0001"));
        Assert.Equal(new string('a', 57) + "...", Text.MessageText.Shorten(new string('a', 61), 60));
    }

    [Theory]
    [InlineData("Carol ", null)]
    [InlineData(null, " maybe")]
    public void NearMiss_of_exact_text_in_the_body_names_its_places_when_the_context_is_wrong(string? prefix, string? suffix) =>
        Assert.Equal("; the exact text occurs at 1:7, 1:21, but not with the given prefix/suffix around it", AnchorHints.NearMiss(Index(Said), "said", prefix, suffix));

    [Fact]
    public void NearMiss_counts_only_exact_matches_that_end_in_the_body() =>
        Assert.Equal("; the body has \"said\" at 1:7, but not what follows it: \"yes\"", AnchorHints.NearMiss(Index(Said, 0, 10), "said yes", "x", null));

    [Theory]
    [InlineData("SAID", "x", "; nearest candidate \"said\" at 1:7 differs in case")] // a context, but no exact match
    [InlineData(" SAID", null, "; nearest candidate \" said\" at 1:6 differs in case")] // a leading space is kept
    [InlineData("said", null, "; nearest candidate \"said\" at 1:7 differs in its characters")]
    public void NearMiss_names_the_nearest_candidate_and_how_it_differs(string exact, string? prefix, string expected) =>
        Assert.Equal(expected, AnchorHints.NearMiss(Index(Said), exact, prefix, null));

    [Fact]
    public void NearMiss_searches_only_the_body() =>
        Assert.Equal("; nearest candidate \"Bob\" at 1:17 differs in case", AnchorHints.NearMiss(Index(Said, 16), "BOB", null, null));

    [Theory]
    [InlineData("said \"yes\"", "; nearest candidate \"said \u201Cyes\u201D\" at 1:4 differs in quote style (straight vs curly quotes or apostrophes)")]
    [InlineData("\"no\"", "; nearest candidate \"\u00ABno\u00BB\" at 1:19 differs in quote style (straight vs curly quotes or apostrophes)")]
    [InlineData("said  \u201Cyes\u201D", "; nearest candidate \"said \u201Cyes\u201D\" at 1:4 differs in whitespace")]
    [InlineData("SAID  \"yes\"", "; nearest candidate \"said \u201Cyes\u201D\" at 1:4 differs in quote style (straight vs curly quotes or apostrophes) and whitespace and case")]
    public void NearMiss_folds_quote_style_whitespace_and_case(string exact, string expected) =>
        Assert.Equal(expected, AnchorHints.NearMiss(Index(Quoted), exact, null, null));

    [Theory]
    [InlineData("said maybe no", "; the body has \"said\" at 1:7, but not what follows it: \"maybe no\"")]
    [InlineData("Alice went", "; the body has \"Alice\" at 1:1, but not what follows it: \"went\"")]
    [InlineData("Bob went", "; the body has \"Bob\" at 1:17, but not what follows it: \"went\"")] // three letters are enough
    [InlineData("no way", "; copy the words exactly from the article")] // two are not
    [InlineData("Alicesaid", "; copy the words exactly from the article")] // whitespace is folded, not dropped
    [InlineData("SAY", "; copy the words exactly from the article")]
    [InlineData("", "; copy the words exactly from the article")]
    public void NearMiss_falls_back_to_the_longest_first_words_the_body_has(string exact, string expected) =>
        Assert.Equal(expected, AnchorHints.NearMiss(Index(Said), exact, null, null));

    [Fact]
    public void NearMiss_observes_the_cancellation_token()
    {
        using var cancellation = new CancellationTokenSource();
        var index = new ArticleTextIndex("a.txt", Said, cancellation.Token);
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => AnchorHints.NearMiss(index, "zzz", null, null));
    }

    [Theory]
    // The shorter of a unique prefix and suffix.
    [InlineData("the cat sat. a cat ran.", null, null, "; prefix: \"the \" picks 1:5, prefix: \"a \" picks 1:16")]
    [InlineData("cat x. cat y", null, null, "; suffix: \" x.\" picks 1:1, suffix: \" y\" picks 1:8")]
    [InlineData("cat a cat ", null, null, "; suffix: \" a\" picks 1:1, prefix: \"a \" picks 1:7")]
    // Up to eight words; a context stops at the end of a line.
    [InlineData("a 2 3 4 5 6 7 8 X\nb 2 3 4 5 6 7 8 X\n", null, null, "; prefix: \"a 2 3 4 5 6 7 8 \" picks 1:17, prefix: \"b 2 3 4 5 6 7 8 \" picks 2:17")]
    // A given prefix or suffix is lengthened by whole words, and kept with the other.
    [InlineData("x said cat. y said cat.", "said ", null, "; prefix: \"x said \" picks 1:8, prefix: \"y said \" picks 1:20")]
    [InlineData("xxxxxxxxxx cat a b c. yyyyyyyyyy cat a b d.", null, " a b", "; suffix: \" a b c.\" picks 1:12, suffix: \" a b d.\" picks 1:34")]
    [InlineData("p cat s. qq cat s.", null, " s", "; prefix: \"p \" picks 1:3, prefix: \"qq \" picks 1:13")]
    public void Disambiguate_offers_the_shortest_whole_word_context_that_picks_each_match(string text, string? prefix, string? suffix, string expected)
    {
        var index = Index(text);
        var matches = index.FindAll(text.Contains('X') ? "X" : "cat");
        Assert.Equal(expected, AnchorHints.Disambiguate(index, matches, text.Contains('X') ? "X" : "cat", prefix, suffix));
    }

    [Fact]
    public void Disambiguate_without_a_context_inside_the_body_asks_for_a_longer_exact_text() =>
        Assert.Equal("; lengthen the exact text", AnchorHints.Disambiguate(Index("ab ab ab ab", 3, 8), new List<int> { 3, 6 }, "ab", null, null));
}
