using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>What AF1005 says when a quote's anchor is not right inside quotation marks.</summary>
public class QuotationMarksTests
{
    [Theory]
    [InlineData("\"hi\"", 1, 3)]
    [InlineData("\"hi.\"", 1, 3)] // trailing punctuation may be left out
    [InlineData("\u201Chi,!\u201D", 1, 3)]
    [InlineData("\u00ABhi\u00BB", 1, 3)]
    [InlineData("\u2018hi\u2019", 1, 3)]
    public void Text_right_inside_its_marks_is_fine(string text, int start, int end) =>
        Assert.Null(QuotationMarks.Check(text, start, end));

    [Fact]
    public void Text_at_the_start_of_the_article_has_no_opening_mark() =>
        Assert.Equal(
            "it must start right after an opening mark (\u201C \u2018 \u00AB or \"), but the start of the text comes before it",
            QuotationMarks.Check("hi\"", 0, 2));

    [Fact]
    public void The_character_before_the_text_is_named() =>
        Assert.Equal(
            "it must start right after an opening mark (\u201C \u2018 \u00AB or \"), but ' ' comes before it",
            QuotationMarks.Check("say hi\"", 4, 6));

    [Fact]
    public void Text_at_the_end_of_the_article_has_no_closing_mark() =>
        Assert.Equal(
            "it must end right before the closing mark \" (trailing , . ; : ! ? may be left out), but the end of the text follows it",
            QuotationMarks.Check("\"hi", 1, 3));

    [Fact]
    public void Trailing_punctuation_up_to_the_end_of_the_article_is_no_closing_mark() =>
        Assert.Equal(
            "it must end right before the closing mark \" (trailing , . ; : ! ? may be left out), but '.' follows it",
            QuotationMarks.Check("\"hi.", 1, 3));

    [Fact]
    public void The_closer_is_the_one_of_the_opener() =>
        Assert.Equal(
            "it must end right before the closing mark \u201D (trailing , . ; : ! ? may be left out), but '\"' follows it",
            QuotationMarks.Check("\u201Chi\"", 1, 3));
}
