using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
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

    [Fact]
    public void A_thousand_articles_fit_the_user_string_heap_of_one_assembly()
    {
        // Every string literal of an assembly goes to one heap of at most 16 MB (CS8103); the article texts are UTF-8
        // data (field RVAs), so what remains per article (ids, names, statements, anchors) must leave room for 1,000.
        var articles = SyntheticCorpus.Create(12);
        var driver = GeneratorSetup.Driver(GeneratorSetup.Texts(SyntheticCorpus.Files(articles)));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorSetup.Compilation(), out var output, out _);
        using var pe = new MemoryStream();
        var emitted = output.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(5)));
        pe.Position = 0;
        using var reader = new PEReader(pe);
        var metadata = reader.GetMetadataReader();
        var heap = metadata.GetHeapSize(HeapIndex.UserString);
        var literals = new HashSet<string>(StringComparer.Ordinal);
        for (var handle = metadata.GetNextHandle(MetadataTokens.UserStringHandle(0)); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            literals.Add(metadata.GetUserString(handle));
        }

        Assert.DoesNotContain(articles, a => literals.Contains(a.Text));
        Assert.Contains(articles[0].Id, literals);
        var perArticle = heap / (double)articles.Count;
        Assert.True(perArticle * 1000 < 16 * 1024 * 1024, $"{perArticle:F0} bytes of string literals per article: 1,000 articles would not fit in 16 MB");
    }

    private static void AssertGeneratedAndCompiled(IEnumerable<(string Path, string Text)> files, IEnumerable<string> classNames)
    {
        var driver = GeneratorSetup.Driver(GeneratorSetup.Texts(files));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorSetup.Compilation(), out var output, out var generatorDiagnostics);

        Assert.True(generatorDiagnostics.IsEmpty, "The generator reported:\n" + string.Join("\n", generatorDiagnostics));
        var analyzerDiagnostics = GeneratorSetup.Analyze(GeneratorSetup.Compilation(), GeneratorSetup.Texts(files));
        Assert.True(analyzerDiagnostics.IsEmpty, "The analyzer reported:\n" + string.Join("\n", analyzerDiagnostics));
        var hints = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(classNames.Select(c => c + ".g.cs").Append("Articles.g.cs").Order(StringComparer.Ordinal), hints.Order(StringComparer.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(10)));
    }
}
