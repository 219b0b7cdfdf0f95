using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.PropertyTests.Grammar;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests.Robustness;

/// <summary>
/// Work in progress never breaks the code around it, over generated files: a valid file cut short in the middle of a
/// line and broken there with a syntax error (what a curator leaves while typing) reports one AF0001 and nothing else,
/// its output compiles with no error and no warning, and every fact it still emits is the member the
/// whole file emits, text for text (a shared anchor written out; a fact cut off, or one that refers to what the error
/// hid, is withheld instead).
/// </summary>
public class PartialFileProperties
{
    /// <summary>Each makes a syntax error on the line where it is typed, in a key, a plain or quoted scalar, or a flow collection.</summary>
    private static readonly string[] Breakers = { ": x: y", ": [x", ": {x", ": \"x", ": 'x" };

    private readonly ITestOutputHelper _output;

    public PartialFileProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_file_cut_by_a_syntax_error_emits_only_what_the_whole_file_emits_and_compiles()
    {
        var count = Math.Max(1, PropertyRunner.TotalIterations * 2 / 100);
        var seed = PropertyRunner.Seed;
        var compiled = new List<CompiledCase>();
        int broken = 0, emitted = 0, whole = 0;
        for (var i = 0; i < count; i++)
        {
            var rng = new Rng(new PCG((uint)i, seed));
            var (yaml, text) = i % 4 == 0 ? (MiniArticle.ValidYaml, MiniArticle.ArticleText) : Generated(rng);
            var cut = MidLine(rng, yaml);
            if (cut < 0)
            {
                continue;
            }

            var ns = "Cut" + i.ToString(CultureInfo.InvariantCulture);
            var mutant = yaml.Substring(0, cut) + rng.Pick(Breakers);
            var name = $"case {i} (seed {seed}): the file cut at {cut}";
            var baseline = CaseRunner.Run(ns, Files(yaml, text));
            Assert.False(baseline.HasErrors, name + ": the whole file is valid:\n" + DiagnosticText.FormatAll(baseline.Diagnostics));
            var outcome = CaseRunner.Run(ns, Files(mutant, text));
            if (!outcome.Diagnostics.Any(d => d.Id == "AF0001"))
            {
                continue; // the cut fell in a comment or a block scalar, where the breaker is text
            }

            broken++;
            var errors = outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var known = baseline.Diagnostics.Select(DiagnosticText.Format).ToHashSet(StringComparer.Ordinal);
            var newWarnings = outcome.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Error && !known.Contains(DiagnosticText.Format(d))).ToList();
            Assert.True(errors.Count == 1 && newWarnings.Count == 0, $"{name}: one AF0001 and nothing new beside it, got:\n{DiagnosticText.FormatAll(outcome.Diagnostics)}\n{mutant}");
            var before = GeneratedMembers.Of(Source(baseline));
            whole += before.Count;
            foreach (var member in GeneratedMembers.Emitted(GeneratedMembers.Of(Source(outcome))))
            {
                Assert.True(before.TryGetValue(member.Key, out var expected) && expected == member.Value, $"{name}: '{member.Key}' is emitted, but not as the whole file emits it:\n{member.Value}\nwhole file:\n{expected}\n{mutant}");
                emitted++;
            }

            compiled.Add(new CompiledCase(name, outcome, _ => { }));
        }

        foreach (var batch in compiled.Chunk(48))
        {
            BatchCompiler.CompileAndVerify(batch, load: false);
        }

        var summary = $"partial files: {count} cases, {broken} broken by a syntax error, {emitted} of their {whole} members still emitted, identical";
        _output.WriteLine(summary);
        // Not vacuous: most cuts fall among the facts, and what precedes a cut survives it.
        Assert.True(broken >= count / 2, summary);
        Assert.True(emitted >= whole / 4, summary);
    }

    [Fact]
    public void The_output_of_every_mutated_file_compiles_whatever_the_errors()
    {
        // The mutation property compiles what the generator accepts; this compiles what it generates beside its errors.
        var count = Math.Max(1, PropertyRunner.TotalIterations * 2 / 100);
        var seed = PropertyRunner.Seed;
        var cases = new List<CompiledCase>();
        var withErrors = 0;
        for (var i = 0; i < count; i++)
        {
            var rng = new Rng(new PCG((uint)i, seed + 1));
            var (yaml, text) = i % 4 == 0 ? (MiniArticle.ValidYaml, MiniArticle.ArticleText) : Generated(rng);
            var outcome = CaseRunner.Run("Mut" + i.ToString(CultureInfo.InvariantCulture), Files(Mutations.Mutate(rng, yaml), text));
            withErrors += outcome.HasErrors ? 1 : 0;
            cases.Add(new CompiledCase($"case {i} (seed {seed + 1})", outcome, _ => { }));
        }

        foreach (var batch in cases.Chunk(48))
        {
            BatchCompiler.CompileAndVerify(batch, load: false);
        }

        _output.WriteLine($"mutated files: {count} cases compiled, {withErrors} of them with errors reported");
        Assert.True(withErrors >= count / 4, $"{withErrors} of {count} mutants have errors: too few to test the output beside errors");
    }

    /// <summary>An offset inside a line, after its first character and before its end (or -1): the cut keeps the line's indentation.</summary>
    private static int MidLine(Rng rng, string yaml)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var at = rng.Int(1, yaml.Length - 1);
            if (yaml[at - 1] != '\n' && yaml[at] != '\n' && yaml[at - 1] != ' ')
            {
                return at;
            }
        }

        return -1;
    }

    private static (string Path, string Text)[] Files(string yaml, string text) => new[] { (MiniArticle.YamlPath, yaml), (MiniArticle.TextPath, text) };

    /// <summary>The article's generated source; empty when its class name is unknown (the error cut its id off).</summary>
    private static string Source(CaseOutcome outcome) => outcome.Sources.FirstOrDefault(s => s.HintName != "Articles.g.cs").Text ?? string.Empty;

    private static (string Yaml, string Text) Generated(Rng rng)
    {
        var article = ArticleGrammar.Generate(rng, Strings.Representable, "mini");
        return (article.Yaml, article.Text);
    }
}
