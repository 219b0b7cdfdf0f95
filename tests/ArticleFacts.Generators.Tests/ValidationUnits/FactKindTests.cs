using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>The generated class and the noun of each kind of fact, as messages and generated code use them.</summary>
public class FactKindTests
{
    [Theory]
    [InlineData((int)FactKind.Entity, "Entities", "an entity")]
    [InlineData((int)FactKind.Event, "Events", "an event")]
    [InlineData((int)FactKind.Claim, "Claims", "a claim")]
    [InlineData((int)FactKind.Quote, "Quotes", "a quote")]
    [InlineData((int)FactKind.Quantity, "Quantities", "a quantity")]
    [InlineData((int)FactKind.Date, "Dates", "a date")]
    [InlineData((int)FactKind.Article, "Article", "the article")]
    public void Class_name_and_noun(int value, string className, string noun)
    {
        var kind = (FactKind)value;
        Assert.Equal(className, kind.ClassName());
        Assert.Equal(noun, kind.Noun());
    }
}
