using System;
using System.IO;
using System.Linq;
using ArticleFacts.Data;

namespace ArticleFacts.Data.Tests;

/// <summary>The seed article as downstream code sees it: what the article says, typed.</summary>
public class SeedArticleTests
{
    [Fact]
    public void Article_metadata_and_body_cut_off_the_donation_appeal()
    {
        var article = NkFmVisit.Article;
        Assert.Equal("nk_fm_visit", article.Id);
        Assert.Equal(new DateOnly(2024, 1, 14), article.Published);
        Assert.Equal(DayOfWeek.Sunday, article.Published.DayOfWeek);
        Assert.Same(NkFmVisit.Entities.MoscowTimes, article.Publisher);
        Assert.StartsWith("North Korea's Foreign Minister will visit Russia", article.Body.Text, StringComparison.Ordinal);
        Assert.EndsWith("munitions to Russia.\n", article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dear readers", article.Body.Text, StringComparison.Ordinal);
        Assert.Contains("A Message from The Moscow Times:", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_text_is_the_seed_file_byte_for_byte()
    {
        var seed = File.ReadAllText(Path.Combine(RepoRoot(), "data", "nk_fm_visit.txt"));
        Assert.Equal(seed, NkFmVisit.Article.Text);
    }

    [Fact]
    public void Kcna_quote_is_spoken_by_the_news_agency()
    {
        var quote = NkFmVisit.Quotes.QuoteKcna;
        Assert.Equal("Korean Central News Agency", quote.Speaker.Name);
        Assert.IsType<Organization>(quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.StartsWith("Choe Son Hui, Minister of Foreign Affairs", quote.Text, StringComparison.Ordinal);
        Assert.EndsWith("Foreign Minister Sergei Lavrov", quote.Text, StringComparison.Ordinal);
        Assert.Equal("said", quote.Cue?.Text);
        Assert.Equal(4, quote.Anchor.Line);
        Assert.Equal(2, quote.Anchor.Column);
        Assert.Equal('"', NkFmVisit.Article.Text[quote.Anchor.Start - 1]);
    }

    [Fact]
    public void Escalation_is_a_partial_quote_of_the_white_house()
    {
        var quote = NkFmVisit.Quotes.All.Single(q => q.Text == "significant and concerning escalation");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Same(NkFmVisit.Entities.WhiteHouse, quote.Speaker);
        Assert.Equal("called", quote.Cue?.Text);
    }

    [Fact]
    public void A_claim_whose_evidence_is_a_quote_shares_the_quote_s_anchor_object()
    {
        // The KCNA statement is both a quote and the evidence of the claim about the invitation.
        var claim = NkFmVisit.Claims.All.Single(c => c.EvidenceQuote == NkFmVisit.Quotes.QuoteKcna);
        Assert.Same(NkFmVisit.Quotes.QuoteKcna.Anchor, claim.Evidence);
    }

    [Fact]
    public void Every_quotation_of_the_body_is_a_quote()
    {
        var body = NkFmVisit.Article.Body.Text;
        var quoted = body.Split('"').Where((_, i) => i % 2 == 1).ToList();
        Assert.Equal(2, quoted.Count);
        foreach (var text in quoted)
        {
            Assert.Contains(NkFmVisit.Quotes.All, q => text.TrimEnd(',', '.', ';', ':', '!', '?') == q.Text);
        }
    }

    [Fact]
    public void Accusations_are_alleged_and_said_is_reported()
    {
        var missiles = NkFmVisit.Claims.CWhMissiles;
        Assert.Equal(Stance.Alleged, missiles.Stance);
        Assert.Equal("White House", missiles.Source.Name);
        Assert.False(missiles.IsAuthorVoice);
        Assert.Contains("accused", missiles.Evidence.Text, StringComparison.Ordinal);

        var accusedClaims = NkFmVisit.Claims.All.Where(c => c.Cue?.Text == "accused").ToList();
        Assert.NotEmpty(accusedClaims);
        Assert.All(accusedClaims, c => Assert.Equal(Stance.Alleged, c.Stance));
        Assert.All(NkFmVisit.Claims.All.Where(c => c.Cue?.Text == "said"), c => Assert.Equal(Stance.Reported, c.Stance));
    }

    [Fact]
    public void Author_voice_claims_have_the_publisher_as_source()
    {
        var authorClaims = NkFmVisit.Claims.All.Where(c => c.IsAuthorVoice).ToList();
        Assert.NotEmpty(authorClaims);
        Assert.All(authorClaims, c => Assert.Same(NkFmVisit.Article.Publisher, c.Source));
        Assert.Contains(authorClaims, c => c.Stance == Stance.Alleged && c.Cue?.Text == "alleged");
    }

    [Fact]
    public void Quantities_have_the_articles_numbers_units_and_comparators()
    {
        var shells = NkFmVisit.Quantities.QtyShells;
        Assert.Equal(1_000_000m, shells.Value);
        Assert.Equal(Comparator.MoreThan, shells.Comparator);
        Assert.Equal("more than one million artillery rounds", shells.At.Text);

        var range = NkFmVisit.Quantities.All.Single(q => q.Unit == "km");
        Assert.Equal(900m, range.Value);
        Assert.Equal(Comparator.Approx, range.Comparator);
        Assert.Equal(new Amount(550m, "[mi_i]"), range.Alt);

        var containers = NkFmVisit.Quantities.All.Single(q => q.Unit == "{container}");
        Assert.Equal(1000m, containers.Value);
        Assert.Equal(Comparator.MoreThan, containers.Comparator);
        Assert.Contains("1,000", containers.At.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_normalised_against_the_publication_date()
    {
        var late = NkFmVisit.Dates.TLateLastYear;
        Assert.Equal("2023", late.Value.ToString());
        Assert.Equal(DateMod.End, late.Mod);
        Assert.Equal(DateRule.LastYear, late.Rule);

        var visit = NkFmVisit.Events.EvChoeVisit;
        Assert.Equal(Tense.Future, visit.Tense);
        Assert.NotNull(visit.When);
        Assert.True(visit.When!.IsRange);
        Assert.Equal(PartialDate.OfDay(2024, 1, 15), visit.When.Start);
        Assert.Equal(PartialDate.OfDay(2024, 1, 17), visit.When.End);
        Assert.Contains(NkFmVisit.Entities.ChoeSonHui, visit.Participants);
        Assert.Same(NkFmVisit.Entities.Russia, visit.Place);
    }

    [Fact]
    public void Entities_carry_the_aliases_the_text_uses()
    {
        Assert.Contains("Pyongyang", NkFmVisit.Entities.NorthKorea.Aliases);
        Assert.Contains("the North", NkFmVisit.Entities.NorthKorea.Aliases);
        Assert.Contains("Moscow", NkFmVisit.Entities.Russia.Aliases);
        var choe = NkFmVisit.Entities.ChoeSonHui;
        Assert.Equal("Choe Son Hui", choe.Name);
        Assert.Contains(choe.Roles, r => r.Title == "Minister of Foreign Affairs" && ReferenceEquals(r.Of, NkFmVisit.Entities.NorthKorea));
        Assert.False(NkFmVisit.Entities.MoscowTimes.Mentioned);
    }

    [Fact]
    public void Catalogue_and_fact_sheet_hold_every_section()
    {
        var sheet = Assert.Single(Articles.All);
        Assert.Same(NkFmVisit.Facts, sheet);
        Assert.Equal(NkFmVisit.Entities.All.Length, sheet.Entities.Count);
        Assert.Equal(NkFmVisit.Claims.All, sheet.Claims.AsImmutableArray());
        Assert.Equal(NkFmVisit.Entities.All[0], sheet.Entities[0]);
    }

    private static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Generators.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }
}
