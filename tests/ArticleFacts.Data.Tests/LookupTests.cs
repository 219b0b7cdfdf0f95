using System;
using System.Linq;
using System.Threading.Tasks;
using ArticleFacts.Data;

namespace ArticleFacts.Data.Tests;

/// <summary>
/// <see cref="FactSheet.Find(string)"/>, the reverse indexes and the catalogue's <c>Find</c>, on the seed article:
/// expectations read from data/nk_fm_visit.facts.yaml.
/// </summary>
public class LookupTests
{
    private static FactSheet Sheet => NkFmVisit.Facts;

    [Fact]
    public void Find_returns_any_fact_by_its_id_and_null_for_an_unknown_id()
    {
        Assert.Same(NkFmVisit.Entities.ChoeSonHui, Sheet.Find("choe_son_hui"));
        Assert.Same(NkFmVisit.Events.EvChoeVisit, Sheet.Find("ev_choe_visit"));
        Assert.Same(NkFmVisit.Claims.CWhMissiles, Sheet.Find("c_wh_missiles"));
        Assert.Same(NkFmVisit.Quotes.QuoteKcna, Sheet.Find("quote_kcna"));
        Assert.Same(NkFmVisit.Quantities.QtyShells, Sheet.Find("qty_shells"));
        Assert.Same(NkFmVisit.Dates.TLateLastYear, Sheet.Find("t_late_last_year"));
        Assert.Null(Sheet.Find("nk_fm_visit"));
        Assert.Null(Sheet.Find("Choe_Son_Hui"));
        Assert.Null(Sheet.Find(string.Empty));
        Assert.Throws<ArgumentNullException>(() => Sheet.Find(null!));
    }

    [Fact]
    public void Find_of_a_kind_returns_the_fact_only_when_it_is_of_that_kind()
    {
        Assert.Same(NkFmVisit.Entities.ChoeSonHui, Sheet.Find<Person>("choe_son_hui"));
        Assert.Same(NkFmVisit.Entities.ChoeSonHui, Sheet.Find<Entity>("choe_son_hui"));
        Assert.Null(Sheet.Find<Organization>("choe_son_hui"));
        Assert.Null(Sheet.Find<Quote>("choe_son_hui"));
        Assert.Same(NkFmVisit.Quotes.QuoteKcna, Sheet.Find<Quote>("quote_kcna"));
    }

    [Fact]
    public void QuotesBy_returns_the_speakers_quotes_in_file_order()
    {
        Assert.Equal(new[] { NkFmVisit.Quotes.QuoteKcna }, Sheet.QuotesBy(NkFmVisit.Entities.Kcna));
        Assert.Equal(new[] { NkFmVisit.Quotes.QuoteWhEscalation }, Sheet.QuotesBy(NkFmVisit.Entities.WhiteHouse));
        Assert.Empty(Sheet.QuotesBy(NkFmVisit.Entities.ChoeSonHui));
    }

    [Fact]
    public void ClaimsFrom_returns_the_sources_claims_in_file_order()
    {
        Assert.Equal(new[] { NkFmVisit.Claims.CWhMissiles, NkFmVisit.Claims.CWhEscalation }, Sheet.ClaimsFrom(NkFmVisit.Entities.WhiteHouse));
        Assert.Equal(new[] { NkFmVisit.Claims.CVisitReport, NkFmVisit.Claims.CVisitInvitation }, Sheet.ClaimsFrom(NkFmVisit.Entities.Kcna));
        Assert.Empty(Sheet.ClaimsFrom(NkFmVisit.Entities.ChoeSonHui));
    }

    [Fact]
    public void EventsWith_returns_the_events_an_entity_takes_part_in_in_file_order()
    {
        Assert.Equal(new[] { NkFmVisit.Events.EvChoeVisit, NkFmVisit.Events.EvLavrovInvitation }, Sheet.EventsWith(NkFmVisit.Entities.SergeiLavrov));
        Assert.Equal(new[] { NkFmVisit.Events.EvKimTrip, NkFmVisit.Events.EvKimPutinMeeting }, Sheet.EventsWith(NkFmVisit.Entities.KimJongUn));
        Assert.Empty(Sheet.EventsWith(NkFmVisit.Entities.WhiteHouse));
    }

    [Fact]
    public void The_indexes_agree_with_a_scan_for_every_entity()
    {
        foreach (var entity in Sheet.Entities)
        {
            Assert.Equal(Sheet.Quotes.Where(q => q.Speaker == entity), Sheet.QuotesBy(entity));
            Assert.Equal(Sheet.Claims.Where(c => c.Source == entity), Sheet.ClaimsFrom(entity));
            Assert.Equal(Sheet.Events.Where(e => e.Participants.Contains(entity)), Sheet.EventsWith(entity));
        }
    }

    [Fact]
    public void An_entity_of_another_article_with_the_same_id_finds_nothing()
    {
        var impostor = new Organization("white_house", "Another White House", ValueArray<string>.Empty, ValueArray<Role>.Empty, null, true);
        Assert.Empty(Sheet.ClaimsFrom(impostor));
        Assert.Empty(Sheet.QuotesBy(impostor));
        Assert.Empty(Sheet.EventsWith(impostor));
    }

    [Fact]
    public void Repeated_lookups_allocate_nothing()
    {
        var lavrov = NkFmVisit.Entities.SergeiLavrov;
        var count = 0;
        void LookUp()
        {
            count += Sheet.QuotesBy(lavrov).Count + Sheet.ClaimsFrom(lavrov).Count + Sheet.EventsWith(lavrov).Count;
            count += Sheet.Find("c_wh_missiles") is null ? 0 : 1;
            count += Sheet.Find<Quote>("quote_kcna") is null ? 0 : 1;
            count += Articles.Find("nk_fm_visit") is null ? 0 : 1;
        }

        LookUp();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            LookUp();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(1001 * 5, count);
    }

    [Fact]
    public void A_sheet_looked_up_from_many_threads_at_once_answers_the_same_everywhere()
    {
        var sheet = new FactSheet(Sheet.Article, Sheet.Entities, Sheet.Events, Sheet.Claims, Sheet.Quotes, Sheet.Quantities, Sheet.Dates);
        var results = new int[64];
        Parallel.For(0, results.Length, i => results[i] = sheet.EventsWith(NkFmVisit.Entities.Russia).Count + (sheet.Find("russia") is Country ? 1000 : 0));
        var expected = Sheet.Events.Count(e => e.Participants.Contains(NkFmVisit.Entities.Russia)) + 1000;
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Lookups_leave_value_equality_alone()
    {
        var fresh = new FactSheet(Sheet.Article, Sheet.Entities, Sheet.Events, Sheet.Claims, Sheet.Quotes, Sheet.Quantities, Sheet.Dates);
        _ = Sheet.Find("russia");
        Assert.Equal(Sheet, fresh);
        Assert.Equal(Sheet.GetHashCode(), fresh.GetHashCode());
        Assert.NotEqual(Sheet, new FactSheet(Sheet.Article, Sheet.Entities, Sheet.Events, ValueArray<Claim>.Empty, Sheet.Quotes, Sheet.Quantities, Sheet.Dates));
    }

    [Fact]
    public void The_catalogue_finds_an_article_by_id()
    {
        Assert.Same(NkFmVisit.Facts, Articles.Find("nk_fm_visit"));
        Assert.Null(Articles.Find("NK_FM_VISIT"));
        Assert.Null(Articles.Find("missing"));
    }
}
