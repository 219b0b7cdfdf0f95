using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>init</c> proposes dated events, keeps hyphenated and apostrophe names whole, and finds a publisher named only in the closing appeal.</summary>
public class InitEventTests
{
    /// <summary>Published on Wednesday 2024-05-08: a future trip, a past meeting, a launch, an attack, an arms transfer, a verb no type names.</summary>
    private const string Events =
        "President Lena Holm will travel to Japan this week.\n" +
        "She met Prime Minister Ken Sato in January.\n" +
        "The Orbit Agency launched a weather satellite on Monday.\n" +
        "Rebels attacked the border post last week.\n" +
        "The army of Sweden sent missiles and tanks to the front in March.\n" +
        "The council approved on Tuesday a new budget for 2025.\n";

    private const string Names =
        "Mayor Anna Berg-Olsen opened the harbour bridge on Saturday.\n" +
        "Berg-Olsen said the bridge cost less than planned.\n" +
        "Liam O'Brien, the chief engineer, called it \u201Ca gift to the city\u201D.\n" +
        "A historian of the Ba'ath Party, Samir Haddad, was among the guests.\n";

    public static TheoryData<string, string, string, string, string, string?, string> Expected => new()
    {
        // trigger, type, date words, tense, participants (names), place (name)
        { "will travel to Japan", "official_visit", "this week", "future", "Lena Holm", "Japan", "2024-W19" },
        { "met Prime Minister Ken Sato", "meeting", "January", "past", "Ken Sato", null, "2024-01" },
        { "launched a weather satellite", "launch", "Monday", "past", "Orbit Agency", null, "2024-05-06" },
        { "attacked the border post", "attack", "last week", "past", string.Empty, null, "2024-W18" },
        { "sent missiles and tanks", "arms_transfer", "March", "past", "Sweden", null, "2024-03" },
        { "approved", "todo", "Tuesday", "past", string.Empty, null, "2024-05-07" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void A_verb_near_a_date_becomes_an_event_with_type_when_participants_and_tense(string trigger, string type, string date, string tense, string participants, string? place, string value)
    {
        var (facts, _) = InitScaffold.Run("events", Events, "2024-05-08");
        var found = facts.Section("events").Where(e => facts.Words(e.Fact["trigger"]!) == trigger).ToList();
        Assert.True(found.Count == 1, $"{found.Count} events with the trigger \"{trigger}\" in\n{facts.Yaml}");
        var ev = found[0].Fact;
        Assert.Equal(type, ev["type"]!.GetValue<string>());
        Assert.Equal(tense, ev["tense"]!.GetValue<string>());
        var when = facts.Fact("dates", ev["when"]!.GetValue<string>());
        Assert.Equal((date, value), (facts.Words(when["at"]!), when["value"]!.GetValue<string>()));
        var names = ev["participants"] is JsonArray list ? list.Select(p => facts.Names(p!.GetValue<string>())[0]) : Enumerable.Empty<string>();
        Assert.Equal(participants, string.Join(", ", names));
        Assert.Equal(place, ev["place"] is { } p ? facts.Names(p.GetValue<string>())[0] : null);
    }

    [Fact]
    public void The_events_scaffold_checks_clean_but_for_its_placeholders()
    {
        var (facts, findings) = InitScaffold.Run("events", Events, "2024-05-08");
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        Assert.Equal(6, facts.Section("events").Count());
        Assert.DoesNotContain(findings, f => f.Id == "AF2003");
    }

    [Fact]
    public void Hyphenated_and_apostrophe_names_stay_whole()
    {
        var (facts, findings) = InitScaffold.Run("names", Names, "2024-05-08");
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        Assert.Equal(new[] { "Anna Berg-Olsen", "Berg-Olsen" }, facts.Names("anna_berg_olsen"));
        Assert.Equal("Liam O'Brien", facts.Names("liam_obrien")[0]);
        Assert.Equal("Ba'ath Party", facts.Names("baath_party")[0]);
        Assert.DoesNotContain(facts.Section("entities"), e => e.Fact["name"]!.GetValue<string>() is "Anna Berg" or "Olsen" or "Liam O" or "Brien" or "Ba");
        var claim = Assert.Single(facts.Section("claims"), c => c.Fact["source"]!.GetValue<string>() != "author");
        Assert.Equal("anna_berg_olsen", claim.Fact["source"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Subscribe to the Harbour Gazette for local news.\n")]
    [InlineData("Support the Harbour Gazette: become a member today.\n")]
    [InlineData("A Message from the Harbour Gazette:\nDear readers, we need you.\n")]
    [InlineData("Related: Bridge opens to traffic\nSubscribe to the Harbour Gazette for local news.\n")]
    public void A_publisher_named_only_in_the_closing_appeal_is_proposed_not_mentioned(string appeal)
    {
        var (facts, findings) = InitScaffold.Run("bridge", Names + appeal, "2024-05-08");
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        Assert.Equal("harbour_gazette", facts.Root["article"]!["publisher"]!.GetValue<string>());
        var publisher = facts.Fact("entities", "harbour_gazette");
        Assert.Equal(("Harbour Gazette", "organization", "false"), (publisher["name"]!.GetValue<string>(), publisher["type"]!.GetValue<string>(), publisher["mentioned"]!.GetValue<string>()));
        Assert.Equal(appeal.Split('\n')[0], facts.Root["article"]!["body"]!["end_before"]!.GetValue<string>());
    }
}
