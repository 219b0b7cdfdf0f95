using System;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests;

/// <summary>
/// What code around a half-typed facts file sees: the facts whose mapping was complete before a YAML syntax error are
/// generated exactly as without the error, the fact it cut off is a withheld member naming the AF0001, the facts after
/// it are unknown, and the only diagnostics are the AF0001 and the compiler's errors at uses of what is missing.
/// </summary>
public class PartialGenerationTests
{
    private const string EndError = ValidYaml + "\n  d_new:\n    at: \"Monday";

    private const string UseEveryFact = """
        internal static class Use
        {
            public static object[] All() => new object[]
            {
                TestProject.Mini.Article, TestProject.Mini.Entities.Acme, TestProject.Mini.Entities.Alice, TestProject.Mini.Events.EvShipment,
                TestProject.Mini.Claims.CReady, TestProject.Mini.Claims.CShipped, TestProject.Mini.Quotes.QReady,
                TestProject.Mini.Quantities.QtyCrates, TestProject.Mini.Dates.DMonday,
            };
        }
        """;

    [Fact]
    public void A_syntax_error_at_the_end_keeps_every_earlier_fact_compiling_and_byte_identical()
    {
        var valid = Run(ValidYaml, UseEveryFact);
        valid.AssertClean();
        var cut = Run(EndError, UseEveryFact);
        AssertIs(Assert.Single(cut.FactsDiagnostics), "AF0001", 54, 9, "found unexpected end of stream");
        Assert.True(cut.CompilationDiagnostics.IsEmpty, DiagnosticText.FormatAll(cut.CompilationDiagnostics));

        var before = GeneratedMembers.Of(valid.Source("Mini.g.cs"));
        var after = GeneratedMembers.Of(cut.Source("Mini.g.cs"));
        Assert.Equal(9, before.Count);
        foreach (var member in before)
        {
            Assert.Equal(member.Value, after[member.Key]);
        }

        // The date being typed is withheld, and says why; the lists hold what is emitted.
        var added = Assert.Single(after.Keys.Except(before.Keys));
        Assert.Equal("public static global::ArticleFacts.DateExpression DNew", added);
        Assert.Contains("AF0001 at data/mini.facts.yaml(54,9)", after[added], StringComparison.Ordinal);
        Assert.Contains("DateExpression> All { get; } = __Data.Table.Dates();", cut.Source("Mini.g.cs"), StringComparison.Ordinal);
        Assert.Equal(new[] { "Date:d_monday" }, EmittedData.Lines(cut.Source("Mini.g.cs")).Keys.Where(k => k.StartsWith("Date:", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A fact being typed in any section (here cut by a control character, which stops the reading where it is) is
    /// withheld in its own section's class, under its id, at its line.
    /// </summary>
    [Theory]
    [InlineData("events:\n", "  bob:\n    type: per\u0001son\n", "Entities.Bob", 18)]
    [InlineData("quotes:\n", "  c_new:\n    statement: A new\u0001 claim.\n", "Claims.CNew", 38)]
    [InlineData("quantities:\n", "  q_new:\n    text: rea\u0001dy\n", "Quotes.QNew", 43)]
    public void A_fact_cut_off_in_any_section_is_withheld_in_that_section_at_its_line(string nextSection, string typed, string member, int line)
    {
        var run = Run(ValidYaml.Replace(nextSection, typed + nextSection, StringComparison.Ordinal), string.Empty);
        Assert.Equal("AF0001", Assert.Single(run.FactsDiagnostics).Id);
        var text = Withheld.MemberText.Of(run.Source("Mini.g.cs"))[member];
        Assert.Contains($"AF0001 at data/mini.facts.yaml({line + 1},", text, StringComparison.Ordinal);
        Assert.Contains($"<para>Defined in <c>mini.facts.yaml</c>, line {line}.</para>", text, StringComparison.Ordinal);
    }

    [CompiledCodeFact]
    public void A_use_of_the_fact_the_error_cut_off_is_one_error_at_the_use_naming_the_AF0001()
    {
        var run = Run(EndError, "internal static class Use { public static object Date() => TestProject.Mini.Dates.DNew; }");
        var error = Assert.Single(run.CompilationDiagnostics);
        Assert.Equal(("CS0619", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("AF0001 at data/mini.facts.yaml(54,9)", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("AF0001", Assert.Single(run.FactsDiagnostics).Id);
    }

    [CompiledCodeFact]
    public void An_error_in_the_middle_keeps_the_facts_before_it_and_a_fact_after_it_is_the_compilers_no_such_member()
    {
        // ev_shipment is complete, but its 'when' names d_monday, which comes after the error: withheld for it.
        const string uses = """
            internal static class Use
            {
                public static object[] Before() => new object[] { TestProject.Mini.Entities.Acme, TestProject.Mini.Entities.Alice };
                public static object Cut() => TestProject.Mini.Claims.CReady;
                public static object RefersToHidden() => TestProject.Mini.Events.EvShipment;
                public static object After() => TestProject.Mini.Claims.CShipped;
            }
            """;
        var run = Run(With("    stance: reported", "    stance: reported: x"), uses);
        AssertIs(Assert.Single(run.FactsDiagnostics), "AF0001", 29, 21, "found invalid mapping");
        var errors = DiagnosticText.Lines(run.CompilationDiagnostics);
        Assert.True(errors.Count == 3, string.Join("\n", errors));
        Assert.StartsWith("Source0.cs(4,35): error CS0619: 'Mini.Claims.CReady' is obsolete: 'AF0001 at data/mini.facts.yaml(29,21)", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Source0.cs(5,46): error CS0619: 'Mini.Events.EvShipment' is obsolete: 'AF0001 at data/mini.facts.yaml(29,21)", errors[1], StringComparison.Ordinal);
        Assert.Equal("Source0.cs(6,61): error CS0117: 'Mini.Claims' does not contain a definition for 'CShipped'", errors[2]);
    }

    [CompiledCodeFact]
    public void A_syntax_error_in_the_article_block_keeps_the_class_and_withholds_the_article()
    {
        const string uses = """
            internal static class Use
            {
                public static int Count() => TestProject.Mini.Entities.All.Length + TestProject.Mini.Quotes.All.Length;
                public static object Article() => TestProject.Mini.Article;
            }
            """;
        var run = Run(With("  publisher: acme", "  publisher: acme: x"), uses);
        AssertIs(Assert.Single(run.FactsDiagnostics), "AF0001", 4, 18, "found invalid mapping");
        var error = Assert.Single(run.CompilationDiagnostics);
        Assert.Equal("CS0619", error.Id);
        Assert.Equal(4, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("AF0001 at data/mini.facts.yaml(4,18)", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_that_refers_to_one_the_error_hid_is_withheld_for_the_AF0001_not_for_an_internal_error()
    {
        // c_shipped cites qty_crates, which the error cuts off; ev_shipment's 'when' names d_monday, after the error.
        var run = Run(With("    unit: \"{crate}\"", "    unit: \"{crate}\" x"), string.Empty);
        Assert.Equal("AF0001", Assert.Single(run.FactsDiagnostics).Id);
        Assert.True(run.CompilationDiagnostics.IsEmpty, DiagnosticText.FormatAll(run.CompilationDiagnostics));
        var members = GeneratedMembers.Of(run.Source("Mini.g.cs"));
        foreach (var withheld in new[] { "global::ArticleFacts.Claim CShipped", "global::ArticleFacts.Event EvShipment", "global::ArticleFacts.Quantity QtyCrates" })
        {
            var text = members["public static " + withheld];
            Assert.Contains("[global::System.Obsolete(\"AF0001 at data/mini.facts.yaml(47,21)", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(members.Values, m => m.Contains("AF9999", StringComparison.Ordinal));
        Assert.Equal(
            new[] { "Acme", "Alice", "Article", "CReady", "QReady" },
            GeneratedMembers.Emitted(members).Select(m => m.Key[(m.Key.LastIndexOf(' ') + 1)..]).OrderBy(k => k, StringComparer.Ordinal));
    }

    private static GeneratorRun Run(string yaml, string consumer) =>
        GeneratorHarness.Run(new HarnessOptions { Sources = consumer.Length == 0 ? Array.Empty<string>() : new[] { consumer } }, (YamlPath, yaml), (TextPath, ArticleText));
}
