using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Benchmarks.Corpus;
using ArticleFacts.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Benchmarks.Tests;

/// <summary>The synthetic corpus is deterministic, realistic in size, and valid: the generator emits code for every article.</summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void The_same_index_gives_the_same_files_and_another_index_other_files()
    {
        var first = SyntheticCorpus.Article(7);
        var again = SyntheticCorpus.Article(7);
        var other = SyntheticCorpus.Article(8);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Text, other.Text);
        Assert.Equal("corpus/syn_0007.facts.yaml", first.YamlPath);
        Assert.Equal("corpus/syn_0007.txt", first.TextPath);
    }

    [Fact]
    public void An_article_has_about_a_hundred_facts_of_every_kind_on_a_few_kilobytes_of_text()
    {
        var article = SyntheticCorpus.Article(1);

        Assert.InRange(article.FactCount, 100, 130);
        Assert.InRange(article.Text.Length, 4_000, 9_000);
        foreach (var section in new[] { "entities:", "events:", "claims:", "quotes:", "quantities:", "dates:" })
        {
            Assert.Contains("\n" + section + "\n", article.Yaml, StringComparison.Ordinal);
        }

        foreach (var value in new[] { "kind: partial", "kind: direct", "stance: alleged", "stance: denied", "stance: reported", "stance: asserted", "comparator: approx", "alt: {", "mod: end", "start: ", "{quote: ", "prefix: ", "mentioned: false", "roles:", "part_of: " })
        {
            Assert.Contains(value, article.Yaml, StringComparison.Ordinal);
        }

        foreach (var rule in new[] { "dct", "this_month", "this_year", "last_year", "next_week", "month_of_last_year", "last_past_month", "next_month_day", "past_weekday" })
        {
            Assert.Contains("rule: " + rule + "\n", article.Yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_article_of_a_corpus_is_generated_without_a_diagnostic_and_compiles_cleanly()
    {
        var articles = SyntheticCorpus.Create(12);
        AssertGeneratedAndCompiled(SyntheticCorpus.Files(articles), articles.Select(a => a.ClassName));
    }

    [Fact]
    public void A_large_article_of_nine_hundred_facts_is_generated_and_compiles_cleanly()
    {
        var large = SyntheticCorpus.Article(3, Corpora.LargeParagraphs);

        Assert.InRange(large.FactCount, 850, 950);
        AssertGeneratedAndCompiled(SyntheticCorpus.Files(new[] { large }), new[] { large.ClassName });
    }

    private static void AssertGeneratedAndCompiled(IEnumerable<(string Path, string Text)> files, IEnumerable<string> classNames)
    {
        var driver = GeneratorSetup.Driver(GeneratorSetup.Texts(files));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorSetup.Compilation(), out var output, out var generatorDiagnostics);

        Assert.True(generatorDiagnostics.IsEmpty, "The generator reported:\n" + string.Join("\n", generatorDiagnostics));
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(classNames.Select(c => c + ".g.cs").Append("Articles.g.cs").Order(StringComparer.Ordinal), hints.Order(StringComparer.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
    }
}
