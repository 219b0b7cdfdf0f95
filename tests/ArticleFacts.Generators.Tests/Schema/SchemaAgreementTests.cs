using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleFacts.Generators.Tools;
using ArticleFacts.Tests.Schema;
using Json.Schema;

namespace ArticleFacts.Generators.Tests.Schema;

/// <summary>
/// The editor schema (schema/articlefacts-1.schema.json) accepts every facts file of the repository
/// and of the tests, and agrees with the generator on structure: of a file mutated by one structural
/// defect (unknown key, missing key, wrong node kind, bad enumeration or value form, empty value),
/// both reject it or both accept it.
/// </summary>
public class SchemaAgreementTests
{
    /// <summary>What the generator reports for structure: syntax, keys, value forms, schema, YAML features.</summary>
    private static readonly string[] StructuralIds = { "AF0001", "AF0002", "AF0003", "AF0004", "AF0006", "AF0007" };

    public static TheoryData<string> CorpusNames => new(Corpus().Select(c => c.Name));

    [Fact]
    public void The_schema_is_a_valid_2020_12_schema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", YamlJson.SchemaFile)));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(meta.IsValid);
    }

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public void Every_facts_file_of_the_repository_and_the_tests_is_valid(string name)
    {
        var (_, yaml, text) = Corpus().Single(c => c.Name == name);
        Assert.Null(YamlJson.Problems(yaml));
        Assert.Empty(Structural(yaml, name, text));
    }

    [Fact]
    public void Every_facts_file_of_the_repository_starts_with_the_schema_modeline()
    {
        var files = RepositoryFactsFiles().ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var first = File.ReadLines(file).First();
            const string Prefix = "# yaml-language-server: $schema=";
            Assert.StartsWith(Prefix, first, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first[Prefix.Length..]));
            Assert.True(File.Exists(schema), $"{file}: the modeline names {schema}, which does not exist");
            Assert.Equal(YamlJson.SchemaFile, Path.GetFileName(schema));
        }
    }

    [Theory]
    [InlineData("unknown key", "    tense: past", "    tense: past\n    mood: calm", "AF0002")]
    [InlineData("missing key", "    stance: reported\n", "", "AF0003")]
    [InlineData("wrong node kind", "participants: [acme, alice]", "participants: {acme: alice}", "AF0004")]
    [InlineData("bad enum", "tense: past", "tense: later", "AF0004")]
    [InlineData("bad value form", "value: 12", "value: twelve", "AF0004")]
    [InlineData("bad schema", "schema: articlefacts/1", "schema: articlefacts/2", "AF0006")]
    public void A_structural_defect_is_rejected_by_the_schema_and_the_generator(string defect, string old, string replacement, string id)
    {
        var yaml = MiniArticle.With(old, replacement);
        Assert.NotNull(YamlJson.Problems(yaml));
        Assert.Contains(id, Structural(yaml, defect, MiniArticle.ArticleText));
    }

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public void Schema_and_generator_agree_on_every_structural_mutation(string name)
    {
        var (_, yaml, _) = Corpus().Single(c => c.Name == name);
        var original = YamlJson.Convert(yaml, out var error) ?? throw new InvalidOperationException(error);
        var disagreements = new List<string>();
        var rejected = 0;
        var mutations = Mutations.Of(original).ToList();
        foreach (var (description, mutated) in mutations)
        {
            var mutatedYaml = YamlJson.ToYaml(mutated);
            var schemaProblem = YamlJson.Problems(mutatedYaml, explain: false);
            var generatorIds = Structural(mutatedYaml, name, text: null);
            if ((schemaProblem is not null) != generatorIds.Count > 0)
            {
                schemaProblem = YamlJson.Problems(mutatedYaml);
                disagreements.Add($"{description}: schema {(schemaProblem is null ? "accepts" : "rejects (" + schemaProblem + ")")}, generator {(generatorIds.Count == 0 ? "accepts" : "rejects (" + string.Join(", ", generatorIds) + ")")}");
            }

            rejected += schemaProblem is null ? 0 : 1;
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {mutations.Count} mutations disagree:\n" + string.Join("\n", disagreements));
        Assert.InRange(rejected, mutations.Count / 3, mutations.Count - 10);
    }

    /// <summary>
    /// The structural diagnostic ids the generator reports for <paramref name="yaml"/>. Structure does not
    /// depend on the article text: without <paramref name="text"/>, the checks against it are skipped (fast).
    /// </summary>
    private static List<string> Structural(string yaml, string name, string? text)
    {
        var findings = FactsChecker.Check("data/x.facts.yaml", yaml, _ => text);
        Assert.True(text is null || findings.All(f => f.Id != "AF0005"), name);
        return findings.Select(f => f.Id).Where(StructuralIds.Contains).Distinct().ToList();
    }

    /// <summary>
    /// The mini article of the tests and every facts file of the repository (found from the test assembly
    /// up; the seed copied beside the tests when they run outside a clone).
    /// </summary>
    private static IEnumerable<(string Name, string Yaml, string Text)> Corpus()
    {
        yield return ("tests: MiniArticle.ValidYaml", MiniArticle.ValidYaml, MiniArticle.ArticleText);
        var files = RepositoryFactsFiles().ToList();
        if (files.Count == 0)
        {
            files.Add(Path.Combine(AppContext.BaseDirectory, SeedData.YamlPath));
        }

        foreach (var file in files)
        {
            var textPath = FactsText.SiblingText(file);
            yield return ("repository: " + Path.GetFileName(file), File.ReadAllText(file), File.Exists(textPath) ? File.ReadAllText(textPath) : string.Empty);
        }
    }

    /// <summary>The *.facts.yaml files of the repository, outside build output; none when the tests run outside a clone.</summary>
    private static IEnumerable<string> RepositoryFactsFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Generators.sln")))
        {
            root = root.Parent;
        }

        return root is null
            ? Enumerable.Empty<string>()
            : Directory.EnumerateFiles(root.FullName, "*" + FactsText.FactsSuffix, SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" || part.StartsWith('.')))
                .OrderBy(f => f, StringComparer.Ordinal);
    }
}
