using System.Linq;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>The numbers <see cref="NumberReader"/> reads in anchor text: digits, groups, decimals, number words, scales.</summary>
public class NumberReaderTests
{
    private static string Read(string text) =>
        string.Join(" ", NumberReader.Numbers(text).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("two", 2)]
    [InlineData("three", 3)]
    [InlineData("four", 4)]
    [InlineData("five", 5)]
    [InlineData("six", 6)]
    [InlineData("seven", 7)]
    [InlineData("eight", 8)]
    [InlineData("nine", 9)]
    [InlineData("ten", 10)]
    [InlineData("eleven", 11)]
    [InlineData("twelve", 12)]
    [InlineData("thirteen", 13)]
    [InlineData("fourteen", 14)]
    [InlineData("fifteen", 15)]
    [InlineData("sixteen", 16)]
    [InlineData("seventeen", 17)]
    [InlineData("eighteen", 18)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", 20)]
    [InlineData("thirty", 30)]
    [InlineData("forty", 40)]
    [InlineData("fifty", 50)]
    [InlineData("sixty", 60)]
    [InlineData("seventy", 70)]
    [InlineData("eighty", 80)]
    [InlineData("ninety", 90)]
    public void Each_small_number_word_alone_and_before_a_noun(string word, int value)
    {
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Read(word));
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Read(word + " crates"));
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Read("The " + char.ToUpperInvariant(word[0]) + word.Substring(1) + " Crates"));
    }

    [Theory]
    [InlineData("hundred", "100")]
    [InlineData("thousand", "1000")]
    [InlineData("million", "1000000")]
    [InlineData("billion", "1000000000")]
    [InlineData("trillion", "1000000000000")]
    [InlineData("a hundred", "100")]
    [InlineData("a thousand", "1000")]
    [InlineData("a million", "1000000")]
    [InlineData("a billion", "1000000000")]
    [InlineData("a trillion", "1000000000000")]
    [InlineData("two million", "2000000")]
    [InlineData("seven hundred", "700")]
    [InlineData("two hundred and five", "205")]
    [InlineData("three thousand two hundred and ten", "3210")]
    [InlineData("twenty-one", "21")]
    [InlineData("a hundred thousand", "100000")]
    public void Scale_words_alone_count_one_and_multiply_what_precedes(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }

    [Theory]
    [InlineData("3 million", "3000000")]
    [InlineData("3 hundred", "300")]
    [InlineData("1.5 billion", "1500000000.0")] // decimal keeps the scale of 1.5
    [InlineData("2 thousand crates", "2000")]
    [InlineData("3 crates", "3")]
    [InlineData("3", "3")]
    [InlineData("12", "12")]
    [InlineData("3 million 4", "3000000 4")]
    public void A_digit_number_before_a_scale_word_multiplies_once(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }

    [Theory]
    [InlineData("a", "")]
    [InlineData("a dog", "")]
    [InlineData("a crate of two", "2")]
    [InlineData("dog million", "1000000")]
    [InlineData("the thousand", "1000")]
    public void The_article_a_is_one_only_before_hundred_or_a_scale(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }

    [Theory]
    [InlineData("two apples 3", "2 3")]
    [InlineData("two dogs three", "2 3")]
    [InlineData("two, three", "2 3")]
    [InlineData("two and", "2")]
    [InlineData("two and dogs", "2")]
    [InlineData("and five", "5")]
    [InlineData("five and 6", "5 6")]
    public void Runs_of_number_words_end_at_other_words_and_punctuation(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }

    [Theory]
    [InlineData("1,000", "1000")]
    [InlineData("1,234", "1234")]
    [InlineData("1,234 people", "1234")]
    [InlineData("12,345,678 people", "12345678")]
    [InlineData("1,234,56 people", "1234 56")]
    [InlineData("1,23", "1 23")]
    [InlineData("1,2345", "1 2345")]
    [InlineData("1,,23", "1 23")]
    [InlineData("1,x23", "1 23")]
    [InlineData("1234,567", "1234 567")]
    [InlineData("1,000.", "1000")]
    [InlineData("1,000.5 tonnes", "1000.5")]
    [InlineData("5 123", "5 123")]
    [InlineData("5x7", "5 7")]
    [InlineData("5.", "5")]
    [InlineData("5. 6", "5 6")]
    [InlineData("12.5", "12.5")]
    [InlineData("1.2.3", "1.2 3")]
    [InlineData("38%", "38")]
    public void Digit_numbers_group_thousands_by_three_and_take_one_decimal_point(string text, string expected)
    {
        Assert.Equal(expected, Read(text));
    }
}
