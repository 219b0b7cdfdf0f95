using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF0008-AF0010: the files and settings themselves: an encoding that is not UTF-8, an invalid MSBuild setting, an unreadable facts file.</summary>
public class FileDiagnosticsTests
{
    private static void Exactly(Diagnostic diagnostic, string message) =>
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));

    [Fact]
    public void AF0008_a_replacement_character_in_the_text_is_reported_at_article()
    {
        var d = Single(Run(ValidYaml, ArticleText.Replace("Corp shipped", "Corp \uFFFD shipped")), "AF0008", 2, 1, "not valid UTF-8");
        Exactly(d, "The article text 'data/mini.txt' is not valid UTF-8: it holds the replacement character U+FFFD at 2:11; re-save the file as UTF-8");
    }

    [Fact]
    public void AF0008_a_replacement_character_at_the_very_start_of_a_named_text_is_reported_at_article_text()
    {
        var yaml = With("  id: mini\n", "  id: mini\n  text: other.txt\n");
        var d = Single(GeneratorHarness.Run((YamlPath, yaml), ("data/other.txt", "\uFFFD" + ArticleText)), "AF0008", 4, 9, "U+FFFD at 1:1");
        Exactly(d, "The article text 'data/other.txt' is not valid UTF-8: it holds the replacement character U+FFFD at 1:1; re-save the file as UTF-8");
    }

    [Fact]
    public void AF0008_a_replacement_character_in_the_facts_file_is_reported_where_it_is_instead_of_a_misleading_AF2007()
    {
        var run = Run(With("    name: Alice Smith", "    name: Alice Sm\uFFFDth"));
        var d = Single(run, "AF0008", 14, 19, "U+FFFD at 14:19");
        Exactly(d, "The facts file 'data/mini.facts.yaml' is not valid UTF-8: it holds the replacement character U+FFFD at 14:19; re-save the file as UTF-8 (nothing else in it is checked until then)");
        Assert.Equal(1, d.Location.SourceSpan.Length);

        // Its class still exists (its name is known), every fact and the article withheld for the encoding; the
        // catalogue leaves it out, and the code compiles.
        Assert.Equal(new[] { "Articles.g.cs", "Mini.g.cs" }, run.Sources.Keys);
        var members = Withheld.MemberText.Of(run.Source("Mini.g.cs")).Where(m => !m.Key.EndsWith(".All", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(10, members.Count); // Article, Facts and the eight facts of the mini article
        Assert.All(members, m => Assert.Contains("[global::System.Obsolete(\"AF0008 at data/mini.facts.yaml(14,19): ", m.Value, System.StringComparison.Ordinal));
        Assert.DoesNotContain("Mini.Facts", run.Source("Articles.g.cs"), System.StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void AF0008_in_a_facts_file_is_reported_once_and_hides_what_the_garbling_may_have_caused()
    {
        // A garbled key (AF0002, then AF0003), a garbled anchor (AF1001) and a second U+FFFD: one diagnostic, at the first.
        var yaml = With("    type: organization", "    t\uFFFDpe: organization")
            .Replace("trigger: shipped 12 crates", "trigger: shipped 12 cr\uFFFDtes");
        Single(Run(yaml), "AF0008", 10, 6, "U+FFFD at 10:6");
    }

    [Fact]
    public void AF0008_in_a_facts_file_keeps_its_class_name_for_the_catalogue()
    {
        var garbled = With("    name: Alice Smith", "    name: Alice Sm\uFFFDth");
        var run = GeneratorHarness.Run(("a/mini.facts.yaml", garbled), ("a/mini.txt", ArticleText), ("b/mini.facts.yaml", ValidYaml), ("b/mini.txt", ArticleText));
        var all = run.FactsDiagnostics.OrderBy(x => x.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ToList();
        Assert.Equal(2, all.Count);
        AssertIs(all[0], "AF0008", 14, 19, "U+FFFD at 14:19", path: "a/mini.facts.yaml");
        AssertIs(all[1], "AF2002", 3, 7, "The article class 'Mini' is already taken by 'a/mini.facts.yaml'", path: "b/mini.facts.yaml");
    }

    [Fact]
    public void AF0008_near_miss_other_unusual_characters_are_valid_text()
    {
        // U+FFFC (object replacement), U+FEFF inside the text and an escaped "\uFFFD" in YAML are not decoding failures.
        var text = ArticleText.Replace("for the plan", "for\uFFFC the\uFEFF plan");
        Run(With("statement: The plan is ready.", "statement: \"The plan \\uFFFD is ready.\""), text).AssertClean();
    }

    [Fact]
    public void AF0009_an_invalid_ArticleFactsNamespace_is_reported_without_a_location()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { ArticleFactsNamespace = "My.class" }, (YamlPath, ValidYaml), (TextPath, ArticleText));
        var d = Assert.Single(run.FactsDiagnostics);
        Assert.Equal(("AF0009", DiagnosticSeverity.Error, Location.None), (d.Id, d.Severity, d.Location));
        Exactly(d, "The MSBuild property ArticleFactsNamespace is 'My.class', which is not a C# namespace (dot-separated identifiers, no keywords): set <ArticleFactsNamespace> to one");
    }

    [Fact]
    public void AF0009_an_invalid_RootNamespace_is_named_when_it_is_the_one_used()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { RootNamespace = "1st.Project" }, (YamlPath, ValidYaml), (TextPath, ArticleText));
        Exactly(Assert.Single(run.FactsDiagnostics), "The MSBuild property RootNamespace is '1st.Project', which is not a C# namespace (dot-separated identifiers, no keywords): set <ArticleFactsNamespace> to one");
    }

    [Fact]
    public void AF0009_near_miss_an_invalid_RootNamespace_overridden_by_ArticleFactsNamespace()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { RootNamespace = "1st.Project", ArticleFactsNamespace = " My.Facts " }, (YamlPath, ValidYaml), (TextPath, ArticleText));
        run.AssertClean();
        Assert.Contains("namespace My.Facts", run.Source("Mini.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF0010_an_unreadable_facts_file_is_reported_at_its_start()
    {
        var run = RunWith(new UnreadableText(YamlPath), new InMemoryAdditionalText(TextPath, ArticleText));
        var d = Assert.Single(run.FactsDiagnostics);
        AssertIs(d, "AF0010", 1, 1, "could not be read");
        Exactly(d, "The facts file 'data/mini.facts.yaml' could not be read: check that it exists and is readable");
    }

    [Fact]
    public void AF0010_near_miss_an_unreadable_text_no_article_reads_changes_nothing()
    {
        var run = RunWith(new InMemoryAdditionalText(YamlPath, ValidYaml), new InMemoryAdditionalText(TextPath, ArticleText), new UnreadableText("data/notes.txt"));
        run.AssertClean();
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
    }

    private static GeneratorRun RunWith(params AdditionalText[] files) => GeneratorHarness.Run(new HarnessOptions(), files.ToImmutableArray());

    /// <summary>An additional file the compiler could not read: <see cref="AdditionalText.GetText"/> returns null.</summary>
    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
