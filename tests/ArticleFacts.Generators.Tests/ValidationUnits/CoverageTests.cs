using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>
/// AF4002: which quotations of the body a quote covers (right inside, up to trailing punctuation), which a
/// misplaced quote covers (anywhere inside), and which an unfound quote stands for (half of its words or more).
/// </summary>
public class CoverageTests
{
    // Quotations at 8-22 ("we ship today") and 28-44 ("the plan holds.").
    private const string Text = "He said \u201Cwe ship today\u201D and \u201Cthe plan holds.\u201D";
    private const string First = "The quotation \u201Cwe ship today\u201D at 1:9 is covered by no quote: add a quote with text \"we ship today\" and its speaker";
    private const string Second = "The quotation \u201Cthe plan holds.\u201D at 1:29 is covered by no quote: add a quote with text \"the plan holds\" and its speaker";

    private static AnchorModel At(int start, int length) => new(start, length, 1, start + 1, Text.Substring(start, length));

    private static DiagnosticInfo[] Run(AnchorModel[]? covering = null, AnchorModel[]? misplaced = null, string[]? unresolved = null)
    {
        var bag = new DiagnosticBag();
        Coverage.UncoveredQuotations(new ArticleTextIndex("a.txt", Text), covering ?? new AnchorModel[0], misplaced ?? new AnchorModel[0], unresolved ?? new string[0], bag);
        var all = bag.ToEquatableArray().AsImmutableArray().ToArray();
        Assert.All(all, d => Assert.Equal(DiagnosticIds.UncoveredQuotation, d.Id));
        return all;
    }

    private static string[] Messages(DiagnosticInfo[] diagnostics) => diagnostics.Select(d => d.Message).ToArray();

    [Fact]
    public void Each_uncovered_quotation_is_reported_at_its_marks()
    {
        var all = Run();
        Assert.Equal(new[] { First, Second }, Messages(all));
        Assert.Equal((8, 15), (all[0].Location!.Start, all[0].Location!.Length));
        Assert.Equal((28, 17), (all[1].Location!.Start, all[1].Location!.Length));
    }

    [Theory]
    [InlineData(9, 13, new[] { Second })] // right inside
    [InlineData(29, 14, new[] { First })] // up to trailing punctuation
    [InlineData(29, 15, new[] { First })] // with it
    [InlineData(9, 7, new[] { First, Second })] // not up to the closer
    [InlineData(8, 14, new[] { First, Second })] // from the opener
    [InlineData(9, 14, new[] { First, Second })] // past the closer
    public void A_quote_covers_the_quotation_it_fills(int start, int length, string[] expected) =>
        Assert.Equal(expected, Messages(Run(covering: new[] { At(start, length) })));

    [Theory]
    [InlineData(12, 4, new[] { Second })] // anywhere inside
    [InlineData(17, 5, new[] { Second })] // up to the closer
    [InlineData(17, 6, new[] { First, Second })] // past the closer
    [InlineData(8, 5, new[] { First, Second })] // from the opener
    [InlineData(24, 3, new[] { First, Second })] // between the two
    public void A_misplaced_quote_covers_the_quotation_it_lies_in(int start, int length, string[] expected) =>
        Assert.Equal(expected, Messages(Run(misplaced: new[] { At(start, length) })));

    [Theory]
    [InlineData("we ship toady", new[] { Second })] // two of three words
    [InlineData("we ship now soon", new[] { Second })] // half of the words
    [InlineData("we sail now soon please", new string[0])] // less than half: which quotation was meant cannot be told
    [InlineData("nothing at all here", new string[0])]
    public void An_unfound_quote_stands_for_the_quotation_it_resembles(string unresolved, string[] expected) =>
        Assert.Equal(expected, Messages(Run(unresolved: new[] { unresolved })));
}
