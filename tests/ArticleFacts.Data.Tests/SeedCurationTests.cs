using System;
using System.Linq;
using ArticleFacts.Data;

namespace ArticleFacts.Data.Tests;

/// <summary>
/// The seed's curation as an editor reviewed it: who takes part in what, what is only alleged, and which
/// words date what. Every expectation comes from a sentence of the article, quoted beside it.
/// </summary>
public class SeedCurationTests
{
    [Fact]
    public void The_war_is_against_Ukraine_and_fought_there()
    {
        // "transfers of weapons to Moscow for use in Ukraine" (1), "used by Russia in attacks on Ukraine" (6).
        var war = NkFmVisit.Events.EvWarUkraine;
        Assert.Equal("war effort", war.Trigger.Text);
        Assert.Equal(["russia", "ukraine"], war.Participants.Select(p => p.Id));
        Assert.Same(NkFmVisit.Entities.Ukraine, war.Place);
        Assert.Equal(Tense.Ongoing, war.Tense);
        Assert.Contains("Kyiv", NkFmVisit.Entities.Ukraine.Aliases);
    }

    [Fact]
    public void The_2023_visitors_are_the_officials_and_the_two_ministers_the_article_names_only_by_office()
    {
        // "Top Russian officials, including Moscow's Defense and Foreign ministers, also visited North Korea last year"
        var visits = NkFmVisit.Events.EvRussianOfficialsVisits;
        var ministers = NkFmVisit.Entities.RussianMinisters;
        Assert.Equal(["russian_officials", "russian_ministers"], visits.Participants.Select(p => p.Id));
        Assert.DoesNotContain(NkFmVisit.Entities.SergeiLavrov, visits.Participants);
        Assert.Equal("2023", visits.When?.Value?.ToString());

        Assert.IsType<Group>(ministers);
        Assert.Contains(" including " + ministers.Name + ", ", NkFmVisit.Article.Body.Text, StringComparison.Ordinal);
        Assert.Equal(
            new (string, string?)[] { ("Defense minister", "russia"), ("Foreign minister", "russia") },
            ministers.Roles.Select(r => (r.Title, r.Of?.Id)));
        Assert.Same(NkFmVisit.Entities.RussianOfficials, ministers.PartOf);
    }

    [Fact]
    public void Lavrov_takes_part_only_where_the_article_names_him()
    {
        // Named once: "at the invitation of its Foreign Minister Sergei Lavrov" (4).
        var body = NkFmVisit.Article.Body.Text;
        var named = body.IndexOf("Sergei Lavrov", StringComparison.Ordinal);
        Assert.Equal(body.LastIndexOf("Sergei Lavrov", StringComparison.Ordinal), named);
        Assert.Contains("Sergei Lavrov", body.Split('\n')[3], StringComparison.Ordinal);

        var withLavrov = NkFmVisit.Events.All.Where(e => e.Participants.Contains(NkFmVisit.Entities.SergeiLavrov)).ToList();
        Assert.Equal(["ev_choe_visit", "ev_lavrov_invitation"], withLavrov.Select(e => e.Id));
        Assert.All(withLavrov, e => Assert.Equal(4, e.Trigger.Line));
    }

    [Fact]
    public void Both_halves_of_South_Koreas_accusation_are_alleged_claims_about_their_events()
    {
        // "South Korea has accused Pyongyang of having provided more than one million artillery rounds to Moscow
        //  in exchange for advice on military satellite technology." (8)
        var rounds = NkFmVisit.Claims.CSkShells;
        var advice = NkFmVisit.Claims.CSkSatelliteAdvice;
        foreach (var claim in new[] { rounds, advice })
        {
            Assert.Same(NkFmVisit.Entities.SouthKorea, claim.Source);
            Assert.Equal(Stance.Alleged, claim.Stance);
            Assert.Equal("accused", claim.Cue?.Text);
            Assert.Equal(8, claim.Evidence.Line);
        }

        Assert.Same(NkFmVisit.Events.EvShellsTransfer, rounds.About);
        Assert.Same(NkFmVisit.Events.EvSatelliteAdvice, advice.About);
        Assert.Equal("in exchange for advice on military satellite technology", advice.Evidence.Text);
        Assert.Equal((NkFmVisit.Entities.Russia, NkFmVisit.Entities.NorthKorea), (advice.Subject, advice.Object));

        // "in exchange for advice" does not say whether the advice was given or only promised.
        Assert.Null(NkFmVisit.Events.EvSatelliteAdvice.Tense);
    }

    [Fact]
    public void Every_accused_event_is_the_subject_of_an_alleged_claim()
    {
        // The White House "accused the North of sending both ballistic missiles and launchers" (5); South Korea
        // "has accused Pyongyang of having provided ... in exchange for advice" (8).
        var accused = new[] { NkFmVisit.Events.EvMissileTransfer, NkFmVisit.Events.EvShellsTransfer, NkFmVisit.Events.EvSatelliteAdvice };
        foreach (var e in accused)
        {
            Assert.Contains(NkFmVisit.Claims.All, c => ReferenceEquals(c.About, e) && c.Stance == Stance.Alleged && c.Cue?.Text == "accused");
            Assert.DoesNotContain(NkFmVisit.Claims.All, c => ReferenceEquals(c.About, e) && c.Stance == Stance.Asserted);
        }
    }

    [Fact]
    public void The_visit_is_dated_twice_this_coming_week_in_the_lede_and_January_15_to_17_in_the_quotation()
    {
        // "will visit Russia this coming week" (1); "will pay an official visit ... from January 15 to 17" (4).
        var lede = NkFmVisit.Events.EvChoeVisitThisWeek;
        var quoted = NkFmVisit.Events.EvChoeVisit;
        Assert.Equal(("will visit Russia", 1), (lede.Trigger.Text, lede.Trigger.Line));
        Assert.Equal(("will pay an official visit", 4), (quoted.Trigger.Text, quoted.Trigger.Line));
        Assert.Same(NkFmVisit.Dates.TThisComingWeek, lede.When);
        Assert.Equal("this coming week", lede.When!.At.Text);
        Assert.Equal(PartialDate.OfWeek(2024, 3), lede.When.Value);
        Assert.Equal(DateRule.NextWeek, lede.When.Rule);

        // The same visit: the week holds the days, both future, both in Russia, both Choe's.
        var week = lede.When.Value!.Value;
        Assert.InRange(quoted.When!.Start!.Value.FirstDay, week.FirstDay, week.LastDay);
        Assert.InRange(quoted.When.End!.Value.LastDay, week.FirstDay, week.LastDay);
        Assert.Equal((Tense.Future, Tense.Future), (lede.Tense, quoted.Tense));
        Assert.Equal((NkFmVisit.Entities.Russia, NkFmVisit.Entities.Russia), (lede.Place, quoted.Place));
        Assert.Equal(["choe_son_hui"], lede.Participants.Select(p => p.Id));

        // "state media reported Sunday": the lede's report is about the lede's mention.
        Assert.Same(lede, NkFmVisit.Claims.CVisitReport.About);
        Assert.Same(quoted, NkFmVisit.Claims.CVisitInvitation.About);
    }

    [Fact]
    public void Every_date_expression_dates_an_event_or_a_claim()
    {
        var used = NkFmVisit.Events.All.Select(e => e.When).Concat(NkFmVisit.Claims.All.Select(c => c.When)).Where(d => d is not null).ToHashSet();
        Assert.All(NkFmVisit.Dates.All, d => Assert.Contains(d, used));
    }

    [Fact]
    public void The_condemnation_and_the_feared_arms_deal_are_what_their_claims_are_about()
    {
        // "with Washington leading a chorus of global condemnation over Pyongyang's alleged transfers" (1)
        var condemnation = NkFmVisit.Events.EvCondemnation;
        Assert.Same(condemnation, NkFmVisit.Claims.CGlobalCondemnation.About);
        Assert.Equal(["united_states", "north_korea"], condemnation.Participants.Select(p => p.Id));

        // "fanning concern among Kyiv's allies over the possibility of a potential arms deal" (3): a possibility, no tense.
        var deal = NkFmVisit.Events.EvPotentialArmsDeal;
        Assert.Same(deal, NkFmVisit.Claims.CAlliesConcern.About);
        Assert.Null(deal.Tense);
    }
}
