using System.Linq;
using ArticleFacts.Generators.PropertyTests.Grammar;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests;

/// <summary>
/// Properties over generated inputs (see docs/quality.md): the generator never throws and stays within a time bound;
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
        Assert.True(accepted > 0);
    }

    [Fact]
    public void Hostile_strings_in_every_scalar_are_rejected_or_round_trip()
    {
        PropertyRunner.Run("hostile scalars", 10, rng =>
        {
            // One case in five may hold a lone surrogate (no valid file can), about one in three values at the edges of their
            // types; CRLF, lone CR and a BOM change nothing.
            var article = ArticleGrammar.Generate(rng, rng.Chance(20) ? Strings.Any : Strings.Representable, extremes: rng.Chance(30));
            var files = article.Files.Select(f => (f.Path, LineEndings(rng, f.Text))).ToArray();
            return new PropertyCase(files, sheets => article.Expected.Verify(sheets), MustBeAccepted: false);
        }, _output);
    }

    [Fact]
    public void Mutated_files_are_rejected_or_compile_cleanly()
    {
        PropertyRunner.Run("mutations", 80, rng =>
        {
            var (yaml, text) = rng.Int(4) switch
            {
                0 => (MiniArticle.ValidYaml, MiniArticle.ArticleText),
                _ => Generated(rng),
            };
            var mutateText = rng.Chance(25);
            var files = new[]
            {
                (MiniArticle.YamlPath, mutateText && rng.Chance(50) ? yaml : Mutations.Mutate(rng, yaml)),
                (MiniArticle.TextPath, mutateText ? Mutations.Mutate(rng, text) : text),
            };
            return new PropertyCase(files, null, MustBeAccepted: false);
        }, _output);
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
