using System.Linq;
using ArticleFacts.Generators.PropertyTests.Grammar;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests;

/// <summary>
/// Properties over generated inputs (see docs/quality.md): the generator never throws;
/// it either reports an error, or its code compiles with no error and no warning and holds exactly what the YAML says.
/// Together they run <see cref="PropertyRunner.DefaultIterations"/> cases (<c>ARTICLEFACTS_PROPERTY_ITERATIONS</c>).
/// </summary>
public class GeneratedInputProperties
{
    private readonly ITestOutputHelper _output;

    public GeneratedInputProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Valid_files_from_the_grammar_are_accepted_and_round_trip_every_string()
    {
        var accepted = PropertyRunner.Run("valid grammar", 10, rng =>
        {
            var article = ArticleGrammar.Generate(rng, Strings.Representable);
            return new PropertyCase(article.Files, sheets => article.Expected.Verify(sheets), MustBeAccepted: true);
        }, _output);
        Assert.Equal(PropertyRunner.Cases(10), accepted);
    }

    [Fact]
    public void Hostile_strings_in_every_scalar_are_rejected_or_round_trip()
    {
        var accepted = PropertyRunner.Run("hostile scalars", 10, rng =>
        {
            // One case in five may hold a lone surrogate (no valid file can), about one in three values at the edges of their
            // types; CRLF, lone CR and a BOM change nothing. A case with neither is what the valid grammar draws: it must be accepted.
            var any = rng.Chance(20);
            var extremes = rng.Chance(30);
            var article = ArticleGrammar.Generate(rng, any ? Strings.Any : Strings.Representable, extremes: extremes);
            var files = article.Files.Select(f => (f.Path, LineEndings(rng, f.Text))).ToArray();
            return new PropertyCase(files, sheets => article.Expected.Verify(sheets), MustBeAccepted: !any && !extremes);
        }, _output);

        // Valid by construction with probability 0.8 x 0.7 = 0.56, and those must be accepted: the property cannot pass
        // by rejecting everything (measured: 800 of 1,000 accepted, see docs/quality.md).
        var floor = PropertyRunner.Floor(PropertyRunner.Cases(10), 0.8 * 0.7);
        Assert.True(accepted >= floor, $"{accepted} cases accepted, fewer than {floor}");
    }

    [Fact]
    public void Mutated_files_are_rejected_or_compile_cleanly()
    {
        var accepted = PropertyRunner.Run("mutations", 80, rng =>
        {
            var (yaml, text) = rng.Int(4) switch
            {
                0 => (MiniArticle.ValidYaml, MiniArticle.ArticleText),
                _ => Generated(rng),
            };

            // One case in ten is a control: only its line ends and byte-order mark change, which the generator normalises
            // away, so it must be accepted (compiled, loaded and its anchors checked like any accepted mutant).
            if (rng.Chance(10))
            {
                return new PropertyCase(new[] { (MiniArticle.YamlPath, LineEndings(rng, yaml)), (MiniArticle.TextPath, LineEndings(rng, text)) }, null, MustBeAccepted: true);
            }

            var mutateText = rng.Chance(25);
            var files = new[]
            {
                (MiniArticle.YamlPath, mutateText && rng.Chance(50) ? yaml : Mutations.Mutate(rng, yaml)),
                (MiniArticle.TextPath, mutateText ? Mutations.Mutate(rng, text) : text),
            };
            return new PropertyCase(files, null, MustBeAccepted: false);
        }, _output);

        // The controls alone (probability 0.1) put a floor under the accepted cases; the mutants some of which survive
        // as valid files (measured: about 6 %) come on top, so a generator that rejected everything would fail here.
        var floor = PropertyRunner.Floor(PropertyRunner.Cases(80), 0.1);
        Assert.True(accepted >= floor, $"{accepted} cases accepted, fewer than {floor}");
    }

    /// <summary>The same text with CRLF or lone CR line ends, and maybe a byte-order mark: the generator normalises them away.</summary>
    private static string LineEndings(Rng rng, string text)
    {
        var lineEnd = rng.Pick(new[] { "\n", "\r\n", "\r" });
        var changed = lineEnd == "\n" ? text : text.Replace("\n", lineEnd, System.StringComparison.Ordinal);
        return rng.Chance(20) ? "\uFEFF" + changed : changed;
    }

    private static (string Yaml, string Text) Generated(Rng rng)
    {
        var article = ArticleGrammar.Generate(rng, Strings.Representable, "mini");
        return (article.Yaml, article.Text);
    }
}
