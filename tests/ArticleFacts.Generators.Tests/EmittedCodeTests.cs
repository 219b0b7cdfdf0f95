using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleFacts.Generators.Tests;

/// <summary>
/// The shape of the emitted code, read back with Roslyn: named arguments, the attributes the .NET generators put on
/// their members, hovers in paragraphs that link to entities and say where the fact is defined, shared anchors.
/// </summary>
public sealed class EmittedCodeTests
{
    private static readonly Lazy<GeneratorRun> Seed = new(() => GeneratorHarness.Run(new HarnessOptions { RootNamespace = "ArticleFacts.Data" }, SeedData.Files()));

    [Fact]
    public void Every_fact_member_is_one_read_of_its_own_line_of_the_data()
    {
        var source = Seed.Value.Source("NkFmVisit.g.cs");
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var sections = new[] { "Entities", "Dates", "Quantities", "Events", "Quotes", "Claims" };
        var facts = root.DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Parent is ClassDeclarationSyntax c && sections.Contains(c.Identifier.Text) && p.Identifier.Text != "All")
            .ToList();
        var lines = EmittedData.Lines(source);

        // The seed has 17 entities, 8 dates, 4 quantities, 19 events, 2 quotes and 18 claims, and the article.
        Assert.Equal(68, facts.Count);
        Assert.Equal(69, lines.Count);
        var reads = new List<string>();
        foreach (var fact in facts)
        {
            // `(global::ArticleFacts.Country)__Data.Table.Entity("north_korea")`: one call, one argument, the fact's id.
            var initializer = fact.Initializer!.Value;
            var call = Assert.IsType<InvocationExpressionSyntax>(initializer is CastExpressionSyntax cast ? cast.Expression : initializer);
            Assert.StartsWith("__Data.Table.", call.Expression.ToString(), StringComparison.Ordinal);
            var id = Assert.IsType<LiteralExpressionSyntax>(Assert.Single(call.ArgumentList.Arguments).Expression).Token.ValueText;
            Assert.Equal(fact.Identifier.Text, Pascal(id));
            var key = ((MemberAccessExpressionSyntax)call.Expression).Name.Identifier.Text + ":" + id;
            Assert.True(lines.ContainsKey(key), "no data line for " + key);
            reads.Add(key);
        }

        // Every line but the article's is read by exactly one member.
        Assert.Equal(lines.Keys.Where(k => !k.StartsWith("Article:", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal), reads.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_generated_member_is_marked_generated_excluded_from_coverage_and_not_user_code()
    {
        var run = Seed.Value;
        var tree = run.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("NkFmVisit.g.cs", StringComparison.Ordinal));
        var model = run.OutputCompilation.GetSemanticModel(tree);
        var members = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
            .Select(p => (ISymbol)model.GetDeclaredSymbol(p)!)
            .ToList();
        Assert.True(members.Count > 50, $"only {members.Count} properties");
        var unmarked = members.Where(m => !Marked(m)).Select(m => m.ToDisplayString()).ToList();
        Assert.True(unmarked.Count == 0, "not marked: " + string.Join(", ", unmarked.Take(5)));
    }

    [Fact]
    public void Hovers_link_the_entities_a_fact_names_and_say_where_it_is_defined()
    {
        var run = GeneratorHarness.Run(
            new HarnessOptions { GlobalOptions = new Dictionary<string, string> { ["build_property.ProjectDir"] = "/src/App/" } },
            ("/src/App/data/mini.facts.yaml", MiniArticle.ValidYaml),
            ("/src/App/data/mini.txt", MiniArticle.ArticleText));
        run.AssertClean();
        var quote = Doc(run, "TestProject.Mini+Quotes", "QReady");

        // Written from the mini article: Alice Smith says the plan is "ready to go"; q_ready is on line 39 of the file.
        Assert.Equal(
            "<member name=\"P:TestProject.Mini.Quotes.QReady\">\n"
            + "    <summary>\n"
            + "    <para><b><see cref=\"P:TestProject.Mini.Entities.Alice\">Alice Smith</see></b> (partial quote): \u201Cready to go\u201D</para>\n"
            + "    <para>Line 1, column 32.</para>\n"
            + "    <para>Defined in <c>data/mini.facts.yaml</c>, line 39.</para>\n"
            + "    </summary>\n"
            + "</member>\n",
            quote.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("<para>Participants: <see cref=\"P:TestProject.Mini.Entities.Acme\">Acme Corp</see>, <see cref=\"P:TestProject.Mini.Entities.Alice\">Alice Smith</see>.</para>", Doc(run, "TestProject.Mini+Events", "EvShipment"), StringComparison.Ordinal);
        Assert.Contains("<para>Roles: customer, <see cref=\"P:TestProject.Mini.Entities.Acme\">Acme Corp</see>.</para>", Doc(run, "TestProject.Mini+Entities", "Alice"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_project_folder_a_hover_names_the_facts_file_alone()
    {
        var run = MiniArticle.Run(MiniArticle.ValidYaml);
        Assert.Contains("<para>Defined in <c>mini.facts.yaml</c>, line 44.</para>", Doc(run, "TestProject.Mini+Quantities", "QtyCrates"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_s_line_carries_its_anchors_whole_so_two_facts_at_the_same_words_carry_the_same_fields()
    {
        var source = MiniArticle.Run(MiniArticle.ValidYaml).Source("Mini.g.cs");

        // c_ready's evidence is the quote q_ready: "ready to go" at offset 31, length 11 (line 1, column 32); the claim's
        // cue "said" is at 12. The runtime builds one Anchor per place (Data.Tests: FactTableTests).
        const string ReadyToGo = "31\t11\t1\t32\tready to go";
        Assert.Contains(ReadyToGo, EmittedData.LineOf(source, "Quote", "q_ready"), StringComparison.Ordinal);
        Assert.Contains(ReadyToGo, EmittedData.LineOf(source, "Claim", "c_ready"), StringComparison.Ordinal);
        Assert.Contains("\t12\t4\t1\t13\tsaid\t", EmittedData.LineOf(source, "Claim", "c_ready"), StringComparison.Ordinal);
    }

    private static string Pascal(string id) =>
        string.Concat(id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

    private static bool Marked(ISymbol symbol)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var s = symbol; s is not null; s = s.ContainingType)
        {
            foreach (var attribute in s.GetAttributes())
            {
                names.Add(attribute.AttributeClass!.ToDisplayString());
            }
        }

        return names.Contains("System.CodeDom.Compiler.GeneratedCodeAttribute")
            && names.Contains("System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute")
            && names.Contains("System.Diagnostics.DebuggerNonUserCodeAttribute");
    }

    private static string Doc(GeneratorRun run, string type, string member) =>
        run.OutputCompilation.GetTypeByMetadataName(type)!.GetMembers(member).Single().GetDocumentationCommentXml()!;

}
