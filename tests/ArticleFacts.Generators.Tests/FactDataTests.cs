using System;
using System.Linq;
using ArticleFacts.Generated;
using ArticleFacts.Generators.Emit;
using ArticleFacts.Generators.Tests.Infrastructure;
using Xunit;

namespace ArticleFacts.Generators.Tests;

/// <summary>
/// The generator writes what the runtime reads: the same header, enums numbered alike (the generator keeps its own copies
/// of the runtime's enums), and every line of the seed's data decodes into the fact it describes.
/// </summary>
public sealed class FactDataTests
{
    [Fact]
    public void The_header_the_generator_writes_is_the_one_the_runtime_reads()
    {
        Assert.Equal(FactTable.Header, FactData.Header);
    }

    [Theory]
    [InlineData(typeof(Model.EntityType), typeof(EntityType))]
    [InlineData(typeof(Model.Stance), typeof(Stance))]
    [InlineData(typeof(Model.Comparator), typeof(Comparator))]
    [InlineData(typeof(Model.QuoteKind), typeof(QuoteKind))]
    [InlineData(typeof(Model.Tense), typeof(Tense))]
    [InlineData(typeof(Model.DateMod), typeof(DateMod))]
    [InlineData(typeof(Model.DateRule), typeof(DateRule))]
    public void Every_enum_the_data_carries_as_a_number_has_the_same_numbers_in_the_runtime(Type generator, Type runtime)
    {
        var written = Enum.GetValues(generator).Cast<object>().Select(v => (Enum.GetName(generator, v), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        var read = Enum.GetValues(runtime).Cast<object>().Select(v => (Enum.GetName(runtime, v), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(read, written);
    }

    [Fact]
    public void Every_line_of_the_seed_s_data_decodes_into_its_fact()
    {
        var source = GeneratorHarness.Run(new HarnessOptions { RootNamespace = "ArticleFacts.Data" }, SeedData.Files()).Source("NkFmVisit.g.cs");
        var table = new FactTable(EmittedData.Data(source)!);

        Assert.Equal(17, table.Entities().Length);
        Assert.Equal(8, table.Dates().Length);
        Assert.Equal(4, table.Quantities().Length);
        Assert.Equal(19, table.Events().Length);
        Assert.Equal(2, table.Quotes().Length);
        Assert.Equal(18, table.Claims().Length);

        // A line of each kind, read field by field against the facts file.
        var kcna = table.Quote("quote_kcna");
        Assert.Equal(("kcna", QuoteKind.Direct, "said", 663, 218), (kcna.Speaker.Id, kcna.Kind, kcna.Cue!.Text, kcna.Anchor.Start, kcna.Anchor.Length));
        Assert.Same(table.Entity("north_korea"), kcna.Speaker.PartOf);
        var range = table.Quantity("qty_missile_range");
        Assert.Equal((900m, "km", Comparator.Approx, 550m, "[mi_i]"), (range.Value, range.Unit, range.Comparator, range.Alt!.Value, range.Alt.Unit));
        var jan = table.Date("t_jan_15_17");
        Assert.Equal((PartialDate.OfDay(2024, 1, 15), PartialDate.OfDay(2024, 1, 17), DateRule.NextMonthDay), (jan.Start, jan.End, jan.Rule));
        var claim = table.Claim("c_wh_escalation");
        Assert.Same(table.Quote("quote_wh_escalation"), claim.EvidenceQuote);
        Assert.Same(claim.EvidenceQuote!.Anchor, claim.Evidence);
        var article = table.Article("x".PadRight(1881, 'x'));
        Assert.Equal(("nk_fm_visit", "moscow_times", new DateOnly(2024, 1, 14), 1881), (article.Id, article.Publisher.Id, article.Published, article.Body.Length));
    }
}
