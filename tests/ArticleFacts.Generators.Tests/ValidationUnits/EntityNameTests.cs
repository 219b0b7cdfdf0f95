using System.Globalization;
using ArticleFacts.Generators.Tests.Infrastructure;
using ArticleFacts.Generators.Validation;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>AF2007: where an entity's name counts as mentioned (whole words in the body), and the messages.</summary>
public class EntityNameTests
{
    private static bool Occurs(string text, string name, int bodyStart = 0, int? bodyEnd = null)
    {
        var index = new ArticleTextIndex("a.txt", text).WithBody(bodyStart, bodyEnd ?? text.Length);
        return EntityNames.OccursAsWord(index, name);
    }

    [Theory]
    [InlineData("Acme", true)]
    [InlineData("Acme said", true)]
    [InlineData("It was Acme", true)]
    [InlineData("(Acme)", true)]
    [InlineData("Acme's plan", true)]
    [InlineData("xAcme", false)]
    [InlineData("Acmes", false)]
    [InlineData("x_Acme", false)]
    [InlineData("Acme_x", false)]
    [InlineData("2Acme", false)]
    [InlineData("Acme\u0301", false)] // a combining accent continues the word
    [InlineData("\U0001D400Acme", false)] // a letter outside the BMP, as a surrogate pair, before it
    [InlineData("Acme\U0001D400", false)]
    [InlineData("\U0001F600Acme", true)] // an emoji is no word character
    [InlineData("Acmes and Acme", true)]
    [InlineData("acme", false)]
    public void Whole_words_only(string text, bool expected)
    {
        Assert.Equal(expected, Occurs(text, "Acme"));
    }

    [Fact]
    public void Only_within_the_body()
    {
        const string text = "Acme said. Body text. Acme again";
        Assert.True(Occurs(text, "Acme", 0, 10));
        Assert.True(Occurs(text, "Acme", 0, 4));
        Assert.False(Occurs(text, "Acme", 0, 3));
        Assert.False(Occurs(text, "Acme", 1, 21));
        Assert.True(Occurs(text, "Acme", 1, text.Length));
    }

    [Fact]
    public void Observes_the_cancellation_token_of_the_index()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        var index = new ArticleTextIndex("a.txt", "Acme said", cancelled.Token);
        cancelled.Cancel();
        Assert.Throws<System.OperationCanceledException>(() => EntityNames.OccursAsWord(index, "Acme"));
    }

    private static void Exactly(GeneratorRun run, string id, int line, int column, string message)
    {
        var diagnostic = Single(run, id, line, column, message);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AF2007_entity_not_mentioned_lists_each_name_tried()
    {
        Exactly(
            Run(With("    name: Alice Smith", "    name: Alice Jones\n    aliases: [Ms Jones, Alice J]")),
            "AF2007",
            14,
            11,
            "The entity 'alice' is not mentioned in the article body: none of 'Alice Jones', 'Ms Jones', 'Alice J' occurs there as a whole word; add the form the text uses as an alias, or set 'mentioned: false'");
    }

    [Fact]
    public void AF2007_name_only_in_the_footer_is_not_mentioned()
    {
        Exactly(
            Run(With("    name: Alice Smith", "    name: Acme News")),
            "AF2007",
            14,
            11,
            "The entity 'alice' is not mentioned in the article body: none of 'Acme News' occurs there as a whole word; add the form the text uses as an alias, or set 'mentioned: false'");
    }

    [Fact]
    public void AF2005_shared_name_is_reported_once_and_not_also_as_not_mentioned()
    {
        Exactly(
            Run(With("    name: Alice Smith", "    name: Alice Jones\n    aliases: [Acme Corp]")),
            "AF2005",
            15,
            15,
            "'Acme Corp' already names the entity 'acme' at 11:11: a name or alias belongs to one entity; remove it here or merge the two entities");
    }
}
