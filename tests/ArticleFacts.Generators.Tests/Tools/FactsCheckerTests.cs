using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using ArticleFacts.Generators.Tools;
using ArticleFacts.TestSupport;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Tools;

/// <summary>The tools' facade reports exactly what the generator reports in a build: id, severity, place, message.</summary>
public class FactsCheckerTests
{
    public static TheoryData<string, string> BrokenMiniArticles => new()
    {
        { "AF1001 anchor not found", With("text: ready to go", "text: ready to stop") },
        { "AF1002 ambiguous anchor", With("trigger: shipped 12 crates", "trigger: Acme Corp") },
        { "AF1004 body marker", With("end_before: Subscribe to", "end_before: Unsubscribe") },
        { "AF0002 unknown key", With("    tense: past", "    tnese: past") },
        { "AF0001 syntax", With("participants: [acme, alice]", "participants: [acme, alice") },
        { "AF2003 undefined", With("speaker: alice", "speaker: alcie") },
        { "AF3002 rule", With("value: \"2024-01-08\"", "value: \"2024-01-09\"") },
        { "AF4002 warning located in the text", With("  c_ready:\n    statement: The plan is ready.\n    source: alice\n    stance: reported\n    evidence: {quote: q_ready}\n    cue: said\n", string.Empty).Replace("  q_ready:\n    text: ready to go\n    speaker: alice\n    kind: partial\n", "  {}\n") },
        { "AF4001 warning", With("entities:\n", "entities:\n  news:\n    type: organization\n    name: Acme News\n    mentioned: false\n") },
        { "clean", ValidYaml },
    };

    [Theory]
    [MemberData(nameof(BrokenMiniArticles))]
    public void Findings_equal_the_generator_diagnostics(string name, string yaml)
    {
        var expected = GeneratorHarness.Run((YamlPath, yaml), (TextPath, ArticleText)).FactsDiagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var actual = FactsChecker.Check(YamlPath, yaml, Texts((TextPath, ArticleText))).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(name == "clean", expected.Count == 0);
        Assert.All(name.Split(' ').Where(w => w.StartsWith("AF", StringComparison.Ordinal)), id => Assert.Contains(expected, e => e.Contains(" " + id + ":", StringComparison.Ordinal)));
        Assert.True(expected.SequenceEqual(actual), $"{name}\ngenerator:\n{string.Join("\n", expected)}\nchecker:\n{string.Join("\n", actual)}");
    }

    [Fact]
    public void A_misquote_in_the_seed_is_reported_where_the_build_reports_it()
    {
        var (yamlPath, yaml) = SeedData.Read(SeedData.YamlPath);
        var (textPath, text) = SeedData.Read(SeedData.TextPath);
        var broken = yaml.Replace("text: significant and concerning escalation", "text: significant and worrying escalation", StringComparison.Ordinal);
        var line = broken.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList().FindIndex(l => l.Contains("text: significant and worrying", StringComparison.Ordinal)) + 1;

        var finding = Assert.Single(FactsChecker.Check(yamlPath, broken, Texts((textPath, text))));
        Assert.Equal(("AF1001", CheckSeverity.Error, yamlPath, line, 11), (finding.Id, finding.Severity, finding.Path, finding.Line, finding.Column));
        var diagnostic = Assert.Single(GeneratorHarness.Run((yamlPath, broken), (textPath, text)).FactsDiagnostics);
        Assert.Equal(Describe(diagnostic), Describe(finding));
    }

    [Fact]
    public void Checking_files_together_reports_a_shared_class_name_on_the_later_file()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["a/mini.facts.yaml"] = ValidYaml,
            ["a/mini.txt"] = ArticleText,
            ["b/mini.facts.yaml"] = ValidYaml,
            ["b/mini.txt"] = ArticleText,
        };
        var visited = new List<string>();
        var findings = FactsChecker.CheckAll(new[] { "b/mini.facts.yaml", "a/mini.facts.yaml" }, p => files.GetValueOrDefault(p), (i, p) => visited.Add(p));

        Assert.Equal(new[] { "b/mini.facts.yaml", "a/mini.facts.yaml" }, visited);
        var finding = Assert.Single(findings);
        Assert.Equal(("AF2002", "b/mini.facts.yaml", 3, 7), (finding.Id, finding.Path, finding.Line, finding.Column));
        Assert.Contains("is already taken by 'a/mini.facts.yaml'", finding.Message, StringComparison.Ordinal);
        Assert.Empty(FactsChecker.Check("a/mini.facts.yaml", ValidYaml, p => files.GetValueOrDefault(p)));
    }

    [Fact]
    public void A_missing_text_or_facts_file_is_reported_not_thrown()
    {
        var noText = Assert.Single(FactsChecker.Check(YamlPath, ValidYaml, _ => null));
        Assert.Equal(("AF0005", 2, 1), (noText.Id, noText.Line, noText.Column));
        Assert.Contains("data/mini.txt", noText.Message, StringComparison.Ordinal);

        var noFacts = Assert.Single(FactsChecker.CheckAll(new[] { "gone.facts.yaml" }, _ => null));
        Assert.Equal(("AF0010", "gone.facts.yaml", 1, 1), (noFacts.Id, noFacts.Path, noFacts.Line, noFacts.Column));
        Assert.Equal("The facts file 'gone.facts.yaml' could not be read: check that it exists and is readable", noFacts.Message);
    }

    [Fact]
    public void Rules_list_every_descriptor_with_its_help_page()
    {
        Assert.Equal(ArticleFacts.Generators.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal), FactsChecker.Rules.Select(r => r.Id));
        Assert.All(FactsChecker.Rules, r => Assert.Equal("docs/diagnostics/" + r.Id + ".md", r.HelpPage));

        // Every page a rule names exists, and the compiler's descriptor names it too (no web address: the project has none).
        Assert.All(FactsChecker.Rules, r => Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, r.HelpPage)), r.HelpPage + " does not exist"));
        Assert.All(ArticleFacts.Generators.Diagnostics.DiagnosticDescriptors.All, d =>
        {
            Assert.Equal(string.Empty, d.HelpLinkUri);
            Assert.Contains("docs/diagnostics/" + d.Id + ".md", d.Description.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
        Assert.Equal(new[] { "AF3003", "AF4001", "AF4002" }, FactsChecker.Rules.Where(r => r.Severity == CheckSeverity.Warning).Select(r => r.Id));
        Assert.Equal("data/x.facts.yaml(3,5): warning AF4001: m", new CheckFinding("AF4001", CheckSeverity.Warning, "data/x.facts.yaml", 3, 5, 3, 9, "m", "u").ToString());
    }

    private static Func<string, string?> Texts(params (string Path, string Text)[] files) =>
        path => files.Where(f => f.Path == path).Select(f => f.Text).FirstOrDefault();

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var severity = d.Severity == DiagnosticSeverity.Warning ? CheckSeverity.Warning : CheckSeverity.Error;
        return string.Create(CultureInfo.InvariantCulture, $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}-{span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)} [docs/diagnostics/{d.Id}.md]");
    }

    private static string Describe(CheckFinding f) =>
        string.Create(CultureInfo.InvariantCulture, $"{f.Path}({f.Line},{f.Column}-{f.EndLine},{f.EndColumn}): {f.Severity} {f.Id}: {f.Message} [{f.HelpPage}]");
}
