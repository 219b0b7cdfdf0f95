using System;
using System.Linq;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>init</c> proposes claims: a reporting verb, the source it names, the stance the verb gives, and the reported words.</summary>
public class InitClaimTests
{
    /// <summary>Every reporting pattern: X said, CLAUSE according to X, According to X, X accused, it called, X denied, X's ministry said, ", said X", CLAUSE, Mayor X said, X told ... that, the union announced.</summary>
    private const string Article =
        "Acme Corp said profits rose sharply in the first quarter.\n" +
        "Profits will fall next year, according to Beta Bank.\n" +
        "According to Gamma Institute, exports grew by a third.\n" +
        "The Delta Union accused Acme Corp of hiding losses from investors.\n" +
        "It called the ruling \u201Ca disgrace to workers\u201D.\n" +
        "Acme Corp denied hiding any losses.\n" +
        "In Oslo, Norway's finance ministry said the rules were clear.\n" +
        "Critics claimed the audit was rushed and said it cost too much.\n" +
        "Exports doubled in April, Mayor Tor Vik said.\n" +
        "\u201CWe did nothing wrong,\u201D said Maria Lund, a spokeswoman for Acme Corp.\n" +
        "Maria Lund told reporters that the company would appeal.\n" +
        "The union announced a strike.\n" +
        "Police alleged that the documents were forged.\n" +
        "Officials rejected the claim as baseless.\n" +
        "Subscribe to our newsletter.\n";

    public static TheoryData<string?, string, string, string> Expected => new()
    {
        // source (entity name; null: TODO), stance, evidence words, cue words
        { "Acme Corp", "reported", "profits rose sharply in the first quarter", "said" },
        { "Beta Bank", "reported", "Profits will fall next year", "according to" },
        { "Gamma Institute", "reported", "exports grew by a third", "According to" },
        { "Delta Union", "alleged", "Acme Corp of hiding losses from investors", "accused" },
        { "Delta Union", "reported", "a disgrace to workers", "called" },
        { "Acme Corp", "denied", "hiding any losses", "denied" },
        { "Norway", "reported", "the rules were clear", "said" },
        { "Critics", "alleged", "the audit was rushed", "claimed" },
        { "Tor Vik", "reported", "Exports doubled in April", "said" },
        { "Maria Lund", "reported", "We did nothing wrong", "said" },
        { "Maria Lund", "reported", "the company would appeal", "told" },
        { null, "reported", "a strike", "announced" },
        { "Police", "alleged", "the documents were forged", "alleged" },
        { "Officials", "denied", "the claim as baseless", "rejected" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_reporting_pattern_becomes_a_claim_with_source_stance_evidence_and_cue(string? source, string stance, string evidence, string cue)
    {
        var (facts, _) = InitScaffold.Run("claims", Article, "2024-05-08");
        var claims = facts.Section("claims").Where(c => facts.Words(c.Fact["evidence"]!) == evidence).ToList();
        Assert.True(claims.Count == 1, $"{claims.Count} claims with the evidence \"{evidence}\" in\n{facts.Yaml}");
        var claim = claims[0].Fact;
        Assert.Equal(stance, claim["stance"]!.GetValue<string>());
        Assert.Equal(cue, facts.Words(claim["cue"]!));
        var sourceId = claim["source"]!.GetValue<string>();
        if (source is null)
        {
            Assert.Equal("TODO", sourceId);
        }
        else
        {
            Assert.Contains(source, facts.Names(sourceId));
        }
    }

    [Fact]
    public void A_quotation_proposed_as_a_quote_is_the_evidence_by_reference()
    {
        var (facts, _) = InitScaffold.Run("claims", Article, "2024-05-08");
        var quoted = facts.Section("claims").Where(c => c.Fact["evidence"] is System.Text.Json.Nodes.JsonObject o && o["quote"] is not null).ToList();
        Assert.Equal(new[] { "a disgrace to workers", "We did nothing wrong" }, quoted.Select(c => facts.Words(c.Fact["evidence"]!)));
        Assert.All(quoted, c => Assert.Contains(c.Fact["evidence"]!["quote"]!.GetValue<string>(), facts.Section("quotes").Select(q => q.Id)));
    }

    [Fact]
    public void The_claims_scaffold_checks_clean_but_for_its_placeholders()
    {
        var (facts, findings) = InitScaffold.Run("claims", Article, "2024-05-08");
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        Assert.Equal(14, facts.Section("claims").Count());
        // The TODOs: the union's source and the two quotes' speakers.
        Assert.Equal(3, findings.Count(f => f.Id == "AF2003"));
    }

    [Fact]
    public void A_sentence_no_one_is_said_to_say_is_the_authors_assertion()
    {
        const string text =
            "Acme Corp opened a plant in Bergen last spring.\n" +
            "Will Acme Corp open another one in Bergen?\n" +
            "Acme Corp calls it \u201Cour best plant\u201D in Bergen.\n" +
            "Acme Corp said the plant in Bergen employs many people.\n" +
            "It rained all day.\n";
        var (facts, findings) = InitScaffold.Run("author", text, "2024-05-08");
        InitScaffold.AssertOnlyPlaceholders(facts, findings);
        var authors = facts.Section("claims").Where(c => c.Fact["source"]!.GetValue<string>() == "author").Select(c => c.Fact).ToList();
        var claim = Assert.Single(authors);
        Assert.Equal(("asserted", "Acme Corp opened a plant in Bergen last spring"), (claim["stance"]!.GetValue<string>(), facts.Words(claim["evidence"]!)));
        Assert.Null(claim["cue"]);
    }

    [Fact]
    public void Groups_named_as_sources_become_candidates_and_a_place_that_speaks_an_organization()
    {
        var (facts, _) = InitScaffold.Run("claims", "Residents of Tromso said the road was closed.\nKirkenes said the border was open, officials said.\nSunday in Kirkenes was calm.\n", "2024-05-08");
        var entities = facts.Section("entities").ToDictionary(e => e.Fact["name"]!.GetValue<string>(), e => e.Fact["type"]!.GetValue<string>());
        Assert.Equal("group", entities["officials"]);
        Assert.Equal("organization", entities["Kirkenes"]);
        // The first clause ends where the next attribution's source starts.
        var kirkenes = facts.Section("claims").Single(c => c.Fact["source"]!.GetValue<string>() == "kirkenes").Fact;
        Assert.Equal("the border was open", facts.Words(kirkenes["evidence"]!));
        var officials = facts.Section("claims").Single(c => c.Fact["source"]!.GetValue<string>() == "officials").Fact;
        Assert.Equal("Kirkenes said the border was open", facts.Words(officials["evidence"]!));
    }
}
