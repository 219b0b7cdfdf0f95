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
    public void Every_call_with_several_arguments_names_each_argument()
    {
        var root = CSharpSyntaxTree.ParseText(Seed.Value.Source("NkFmVisit.g.cs")).GetRoot();
        var lists = root.DescendantNodes().OfType<ArgumentListSyntax>().Where(l => l.Arguments.Count > 1).ToList();

        // The seed has every kind of fact, so every kind of constructor call is among them.
        Assert.True(lists.Count > 100, $"only {lists.Count} calls with several arguments");
        var positional = lists
            .Where(l => l.Parent is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Create" or "Substring" } })
            .SelectMany(l => l.Arguments)
            .Where(a => a.NameColon is null)
            .Select(a => a.Parent!.Parent!.ToString())
            .ToList();
        Assert.True(positional.Count == 0, "positional arguments in:\n" + string.Join("\n", positional.Take(5)));
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
    public void An_anchor_two_facts_share_is_built_once()
    {
        var source = MiniArticle.Run(MiniArticle.ValidYaml).Source("Mini.g.cs");

        // c_ready's evidence is the quote q_ready: "ready to go" at offset 31, length 11; its cue "said" is at 12.
        Assert.Single(Occurrences(source, "start: 31, length: 11"));
        Assert.Equal(2, Occurrences(source, "global::TestProject.Mini.SharedAnchors.A31_11").Count);
        Assert.Single(Occurrences(source, "start: 12, length: 4"));
        Assert.Single(Occurrences(source, "global::TestProject.Mini.SharedAnchors.A12_4"));
    }

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

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
