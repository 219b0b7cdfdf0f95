using System;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>
/// Which spans of a text the scanner reads as quotations (for AF4002): openers, closers on the same line,
/// apostrophes between letters, and the scanned range.
/// </summary>
public class QuotationScannerTests
{
    private static string Scan(string text, int start = 0, int end = -1) =>
        string.Join(";", QuotationScanner.Scan(text, start, end < 0 ? text.Length : end).Select(q => $"{q.Open}-{q.Close}"));

    [Theory]
    [InlineData("He said \u201Chi\u201D.", "8-11")]
    [InlineData("\u00ABno\u00BB", "0-3")]
    [InlineData("\u201Ca\u201D and \u201Cb\u201D", "0-2;8-10")]
    [InlineData("\u201Ca\"", "")] // a curly opener closes only with its own closer
    public void Curly_and_guillemet_openers_close_with_their_own_mark(string text, string expected) =>
        Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("\"hi\" x", "0-3")] // at the start of the text
    [InlineData("(\"hi\")", "1-4")] // after (
    [InlineData("x \"hi\"", "2-5")] // after whitespace
    [InlineData("x\n\"hi\"", "2-5")] // at the start of a line
    [InlineData("a\"b\" c", "")] // after a letter: not an opener
    [InlineData("a\" b\"", "")] // followed by a space but after a letter: not an opener
    [InlineData("a\"(b\"", "")] // followed by ( but after a letter: not an opener
    public void A_straight_double_quote_opens_only_at_a_start_after_whitespace_or_a_parenthesis(string text, string expected) =>
        Assert.Equal(expected, Scan(text));

    [Fact]
    public void A_straight_quote_at_the_start_of_the_range_opens_even_after_a_letter() =>
        Assert.Equal("1-3", Scan("a\"b\" c", start: 1));

    [Fact]
    public void A_quotation_ends_at_the_end_of_its_line() =>
        Assert.Equal(string.Empty, Scan("\u201Chi\nthere\u201D"));

    [Fact]
    public void A_closer_at_the_end_of_the_range_is_outside_it() =>
        Assert.Equal(string.Empty, Scan("\u201Chi\u201D", 0, 3));

    [Theory]
    [InlineData("x \u2018a\u2019 y", "2-4")]
    [InlineData("\u2018a\u2019", "0-2")] // at the start of the text
    [InlineData("rock\u2018n\u2019roll", "")] // between two letters: not an opener
    [InlineData("a\u2018", "")] // after a letter at the end of the text: an opener without a closer
    [InlineData("a\u2018 b\u2019", "1-4")] // after a letter, before a space: an opener
    public void A_single_curly_opener_between_two_letters_is_no_opener(string text, string expected) =>
        Assert.Equal(expected, Scan(text));

    [Theory]
    [InlineData("\u2018it\u2019s ok\u2019", "0-8")] // the apostrophe of it's is skipped; the last mark closes at the end of the range
    [InlineData("\u2018a \u2019b\u2019", "0-3")] // after a space: a closer, even before a letter
    [InlineData("\u201Cx a\u201Db\u201D", "0-4")] // only a single mark is an apostrophe: a double closer between letters closes
    public void A_single_closer_between_two_letters_is_an_apostrophe(string text, string expected) =>
        Assert.Equal(expected, Scan(text));

    [Fact]
    public void The_scan_observes_its_cancellation_token()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => QuotationScanner.Scan("\u201Chi\u201D", 0, 4, cancelled.Token));
    }
}
