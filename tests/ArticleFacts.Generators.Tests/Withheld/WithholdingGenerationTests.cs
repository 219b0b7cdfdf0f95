using System;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Withheld;

/// <summary>
/// An article with errors is generated minus what they make untrustworthy: each withheld fact is a member whose use is
/// one compiler error naming the AF id and the YAML place; every other member is the same text as without the error.
/// </summary>
public class WithholdingGenerationTests
{
    private static string WithExtraQuote(string text) =>
        ValidYaml.Replace("quantities:\n", "  q_extra:\n    text: " + text + "\n    speaker: alice\n" + "quantities:\n", StringComparison.Ordinal);

    /// <summary>
    /// The same file with one more quote, valid or misquoted (the same lines either way: members' hovers name the line
    /// of their id): every member but that quote and <c>Quotes.All</c> is the same text.
    /// </summary>
    [Fact]
    public void An_unrelated_broken_fact_leaves_every_other_member_byte_identical()
    {
        var clean = MemberText.Of(Run(WithExtraQuote("ready to go")).Source("Mini.g.cs"));
        var run = Run(WithExtraQuote("words the article never says"));
        var broken = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF1001", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Equal(clean.Keys.OrderBy(k => k, StringComparer.Ordinal), broken.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var changed = clean.Keys.Where(k => clean[k] != broken[k]).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(new[] { "Quotes.All", "Quotes.QExtra" }, changed);
        Assert.Contains("[global::System.Obsolete(\"AF1001 at data/mini.facts.yaml(", broken["Quotes.QExtra"], StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    /// <summary>
    /// In a build the compiler hands the generator absolute paths; the withheld member names the facts file relative to
    /// the project (as its hover does), so the generated code is the same on every machine. The diagnostic itself keeps
    /// the path the compiler gave, which is what makes it clickable.
    /// </summary>
    [Fact]
    public void A_withheld_member_names_the_facts_file_relative_to_the_project_wherever_the_project_lies()
    {
        string Member(string projectDir)
        {
            var options = new HarnessOptions { GlobalOptions = new System.Collections.Generic.Dictionary<string, string> { ["build_property.ProjectDir"] = projectDir } };
            var run = GeneratorHarness.Run(options, (projectDir + YamlPath, WithExtraQuote("words the article never says")), (projectDir + TextPath, ArticleText));
            Assert.Equal(projectDir + YamlPath, Assert.Single(run.FactsDiagnostics).Location.GetLineSpan().Path);
            return MemberText.Of(run.Source("Mini.g.cs"))["Quotes.QExtra"];
        }

        var here = Member("/home/ann/src/App/");
        Assert.Equal(here, Member("/builds/agent7/work/App/"));
        Assert.Contains("[global::System.Obsolete(\"AF1001 at data/mini.facts.yaml(", here, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/ann", here, StringComparison.Ordinal);
    }

    /// <summary>
    /// The claim c_ready's evidence is the quote q_ready, so the two share one anchor object. A bad cue withholds the claim
    /// (it has no value at all); the quote still names the same anchor field, byte for byte: no member depends on
    /// which other facts are emitted.
    /// </summary>
    [Fact]
    public void A_withheld_claim_that_shared_its_quote_s_anchor_leaves_the_quote_byte_identical()
    {
        var clean = MemberText.Of(Run(ValidYaml).Source("Mini.g.cs"));
        var run = Run(With("cue: said", "cue: whispered"));
        var broken = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF1001", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Contains("\t31\t11\t1\t32\tready to go", broken["Quotes.QReady"], StringComparison.Ordinal);
        Assert.Equal(clean["Quotes.QReady"], broken["Quotes.QReady"]);
        var changed = clean.Keys.Intersect(broken.Keys).Where(k => clean[k] != broken[k]).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(new[] { "Claims.All", "Claims.CReady" }, changed);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void A_broken_fact_withholds_itself_and_its_referrers_and_nothing_else()
    {
        var clean = MemberText.Of(Run(ValidYaml).Source("Mini.g.cs"));
        var run = Run(With("value: 12", "value: 11")); // AF3004 on qty_crates, cited by c_shipped
        var broken = MemberText.Of(run.Source("Mini.g.cs"));

        var changed = clean.Keys.Where(k => clean[k] != broken[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Claims.All", "Claims.CShipped", "Quantities.All", "Quantities.QtyCrates" }, changed);
        Assert.Equal(
            "            [global::System.Obsolete(\"AF3004 at data/mini.facts.yaml(46,12): The value 11 is not a number written in \\\"12 crates\\\" (it writes 12): fix the value, or anchor the words that state it; the fact is withheld until it is fixed\", error: true)]\n"
            + "            public static global::ArticleFacts.Quantity QtyCrates => throw new global::System.InvalidOperationException(\"AF3004 at data/mini.facts.yaml(46,12): The value 11 is not a number written in \\\"12 crates\\\" (it writes 12): fix the value, or anchor the words that state it; the fact is withheld until it is fixed\");",
            string.Join("\n", broken["Quantities.QtyCrates"].Split('\n').TakeLast(2)));
        Assert.Contains("[global::System.Obsolete(\"It refers to the quantity 'qty_crates', which is withheld for AF3004 at data/mini.facts.yaml(46,12): ", broken["Claims.CShipped"], StringComparison.Ordinal);
        Assert.EndsWith("All { get; } = __Data.Table.Claims();\n// all: c_ready", broken["Claims.All"], StringComparison.Ordinal);
        Assert.EndsWith("All { get; } = global::System.Collections.Immutable.ImmutableArray<global::ArticleFacts.Quantity>.Empty;", broken["Quantities.All"], StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    /// <summary>Keeps the lines of the facts that follow where they were (their hovers name their lines).</summary>
    private const string FiveCommentLines = "    #\n    #\n    #\n    #\n    #\n";

    /// <summary>
    /// A fact written as something other than a mapping has an error of its own (AF0004) and a known id: it is withheld
    /// like any other, so a use of it names the AF0004 rather than being the compiler's "no such member".
    /// </summary>
    [Theory]
    [InlineData("  ev_shipment:\n    type: delivery\n    trigger: shipped 12 crates\n    participants: [acme, alice]\n    when: d_monday\n    tense: past\n", "  ev_shipment: shipped\n" + FiveCommentLines, "Events.EvShipment", "Events.All")]
    [InlineData("  ev_shipment:\n    type: delivery\n    trigger: shipped 12 crates\n    participants: [acme, alice]\n    when: d_monday\n    tense: past\n", "  ev_shipment: [delivery, past]\n" + FiveCommentLines, "Events.EvShipment", "Events.All")]
    public void A_fact_that_is_not_a_mapping_is_withheld_under_its_id(string old, string replacement, string member, string all)
    {
        var clean = MemberText.Of(Run(ValidYaml).Source("Mini.g.cs"));
        var run = Run(With(old, replacement));
        var broken = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF0004", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Contains("[global::System.Obsolete(\"AF0004 at data/mini.facts.yaml(19,", broken[member], StringComparison.Ordinal);
        var changed = clean.Keys.Where(k => clean[k] != broken[k]).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(new[] { all, member }.OrderBy(k => k, StringComparer.Ordinal), changed);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    /// <summary>
    /// Alice's role names an event (AF2004, her own error): she is withheld, and so is every fact that names her, the
    /// event she takes part in among them; the claim in the author's voice and the date are not.
    /// </summary>
    [Fact]
    public void A_withheld_entity_withholds_the_quote_it_speaks_the_claim_it_is_the_source_of_and_the_event_it_takes_part_in()
    {
        var clean = MemberText.Of(Run(ValidYaml).Source("Mini.g.cs"));
        var run = Run(With("        of: acme\n", "        of: ev_shipment\n"));
        var broken = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF2004", Assert.Single(run.FactsDiagnostics).Id);
        var changed = clean.Keys.Where(k => clean[k] != broken[k]).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(
            new[] { "Claims.All", "Claims.CReady", "Entities.Alice", "Entities.All", "Events.All", "Events.EvShipment", "Quotes.All", "Quotes.QReady" },
            changed);
        Assert.Contains("[global::System.Obsolete(\"It refers to the entity 'alice', which is withheld for AF2004 at data/mini.facts.yaml(17,13): ", broken["Events.EvShipment"], StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [CompiledCodeFact]
    public void A_use_of_a_withheld_fact_is_one_error_at_the_use_and_other_uses_compile()
    {
        var program = """
            public static class Use
            {
                public static string Speaker() => TestProject.Mini.Entities.Alice.Name;
                public static string Quote() => TestProject.Mini.Quotes.QReady.Anchor.Text;
                public static int Quotes() => TestProject.Mini.Quotes.All.Length + TestProject.Mini.Facts.Quotes.Count;
            }
            """;
        var run = GeneratorHarness.Run(
            new HarnessOptions { Sources = new[] { program } },
            (YamlPath, With("text: ready to go", "text: ready to stop")),
            (TextPath, ArticleText));

        var error = Assert.Single(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal("CS0619", error.Id);
        Assert.Equal(("Source0.cs", 3), (error.Location.GetLineSpan().Path, error.Location.GetLineSpan().StartLinePosition.Line));
        Assert.StartsWith("'Mini.Quotes.QReady' is obsolete: 'AF1001 at data/mini.facts.yaml(", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("AF1001", Assert.Single(run.FactsDiagnostics).Id);
    }

    [Fact]
    public void The_entity_a_withheld_quote_names_is_still_emitted_and_the_quote_is_left_out_of_All()
    {
        var run = Run(With("text: ready to go", "text: ready to stop"));
        var members = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Contains(" { get; } = (global::ArticleFacts.Person)__Data.Table.Entity(\"alice\");\n// data: E\talice\t", members["Entities.Alice"], StringComparison.Ordinal);
        Assert.EndsWith("ImmutableArray<global::ArticleFacts.Quote>.Empty;", members["Quotes.All"], StringComparison.Ordinal);
        Assert.Contains("It refers to the quote 'q_ready', which is withheld for AF1001 at data/mini.facts.yaml(", members["Claims.CReady"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_its_text_an_article_keeps_its_class_and_entities_and_withholds_the_rest_and_its_sheet()
    {
        var run = Run(ValidYaml, text: null);
        var members = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF0005", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Contains(" { get; } = (global::ArticleFacts.Organization)__Data.Table.Entity(\"acme\");\n// data: E\tacme\t", members["Entities.Acme"], StringComparison.Ordinal);
        foreach (var withheld in new[] { "Mini.Article", "Mini.Facts", "Events.EvShipment", "Quotes.QReady", "Claims.CReady", "Quantities.QtyCrates", "Dates.DMonday" })
        {
            Assert.Contains("[global::System.Obsolete(\"AF0005 at data/mini.facts.yaml(2,1): ", members[withheld], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Mini.s_text", members.Keys);
        Assert.DoesNotContain("Mini.Facts", run.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void An_undefined_publisher_withholds_the_article_and_the_claims_in_its_voice()
    {
        var run = Run(With("publisher: acme", "publisher: acne"));
        var members = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Contains("[global::System.Obsolete(\"AF2003 at data/mini.facts.yaml(4,14): ", members["Mini.Article"], StringComparison.Ordinal);
        Assert.Contains("It refers to the article 'mini', which is withheld for AF2003 at data/mini.facts.yaml(4,14): ", members["Claims.CShipped"], StringComparison.Ordinal);
        Assert.Contains(" { get; } = __Data.Table.Claim(\"c_ready\");\n// data: C\tc_ready\t", members["Claims.CReady"], StringComparison.Ordinal);
        Assert.DoesNotContain("Mini", run.Source("Articles.g.cs").Split("All { get; }")[1], StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void A_demotable_error_withholds_nothing()
    {
        var run = Run(With("text: ready to go", "text: the plan was"));
        var members = MemberText.Of(run.Source("Mini.g.cs"));

        Assert.Equal("AF1005", Assert.Single(run.FactsDiagnostics, d => d.Severity == DiagnosticSeverity.Error).Id);
        Assert.DoesNotContain("Obsolete", run.Source("Mini.g.cs"), StringComparison.Ordinal);
        Assert.Contains(" { get; } = __Data.Table.Quote(\"q_ready\");\n// data: Q\tq_ready\t", members["Quotes.QReady"], StringComparison.Ordinal);
        Assert.Contains("the plan was", members["Quotes.QReady"], StringComparison.Ordinal);
        Assert.Contains(" { get; } = __Data.Table.Claim(\"c_ready\");\n// data: C\tc_ready\t", members["Claims.CReady"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_article_id_means_no_class()
    {
        var run = Run(With("id: mini", "id: articles"));

        Assert.Equal("AF2002", Assert.Single(run.FactsDiagnostics).Id);
        Assert.Equal(new[] { "Articles.g.cs" }, run.Sources.Keys);
    }
}
