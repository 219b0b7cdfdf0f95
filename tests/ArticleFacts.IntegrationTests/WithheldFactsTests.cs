using System;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// Real builds of a consumer whose facts file has one broken fact (the quote misquoted, AF1001): the build fails with
/// that error, and one more error at the use when the program uses the broken fact; severity configuration agrees with
/// what is emitted (a demotable error demoted builds with its fact; a withholding error cannot be demoted).
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class WithheldFactsTests
{
    /// <summary>Uses valid facts (lines 7, 9, 10) and, on line 8, the misquoted quote.</summary>
    private const string ProgramUsingTheBrokenFact = """
        namespace Consumer;

        internal static class Program
        {
            private static void Main()
            {
                System.Console.WriteLine(Mini.Entities.Alice.Name);
                System.Console.WriteLine(Mini.Quotes.QReady.Speaker.Name);
                System.Console.WriteLine(Mini.Quantities.QtyCrates.Value);
                System.Console.WriteLine(Mini.Article.Id + " " + Mini.Quotes.All.Length);
            }
        }

        """;

    private readonly ITestOutputHelper _output;

    public WithheldFactsTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// The build shows two errors and no more: AF1001 at the YAML line (reported by FactsAnalyzer, beside the compiler's
    /// own diagnostics) and CS0619 at the one C# line that uses the withheld quote, whose message names the AF id and the
    /// YAML place relative to the project. The other uses of the article compile. (Were the AF error the generator's,
    /// csc would compile no method body after it, and the build would show the AF error alone.)
    /// </summary>
    [Fact]
    public void A_use_of_the_broken_fact_is_one_error_at_the_use_beside_the_AF_error()
    {
        using var project = ConsumerProject.Create(new ConsumerOptions { Yaml = MiniArticle.YamlWithMisquote, Program = ProgramUsingTheBrokenFact });
        var build = Build(project);

        var (line, column) = MiniArticle.MisquotePosition;
        Assert.False(build.Succeeded, build.ToString());
        var errors = build.Diagnostics.Where(d => d.Severity == "error").OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["AF1001", "CS0619"], errors.Select(d => d.Id));
        Assert.Equal((project.YamlPath, line, column), (errors[0].File, errors[0].Line, errors[0].Column));
        var use = errors[1];
        Assert.Equal(("Program.cs", 8), (System.IO.Path.GetFileName(use.File), use.Line));
        var yamlPlace = project.YamlRelativePath.Replace('\\', '/') + $"({line},{column})";
        Assert.StartsWith($"'Mini.Quotes.QReady' is obsolete: 'AF1001 at {yamlPlace}: ", use.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_broken_fact_unused_only_the_AF_error_is_reported()
    {
        var program = ProgramUsingTheBrokenFact.Replace("Mini.Quotes.QReady.Speaker.Name", "Mini.Claims.All.Length", StringComparison.Ordinal);
        using var project = ConsumerProject.Create(new ConsumerOptions { Yaml = MiniArticle.YamlWithMisquote, Program = program });
        var build = Build(project);

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal(["AF1001"], build.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Id));
    }

    [Fact]
    public void A_demotable_error_demoted_builds_and_the_fact_is_there()
    {
        // AF1005: the quote's words are in the body, but not between quotation marks; its fact is still faithful.
        var yaml = MiniArticle.Replace(MiniArticle.ValidYaml, MiniArticle.QuoteLine, "text: the plan was");
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            Yaml = yaml,
            GlobalConfig = "is_global = true\ndotnet_diagnostic.AF1005.severity = none\n",
        });
        var build = Build(project);

        Assert.True(build.Succeeded, $"AF1005 demoted should not fail the build:\n{build}");
        Assert.DoesNotContain("AF1005", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity == "error");
    }

    [Theory]
    [InlineData("globalconfig")]
    [InlineData("NoWarn")]
    public void A_withholding_error_demoted_is_still_reported_as_an_error(string how)
    {
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            Yaml = MiniArticle.YamlWithMisquote,
            Program = ConsumerOptions.ProgramIgnoringFacts,
            GlobalConfig = how == "globalconfig" ? "is_global = true\ndotnet_diagnostic.AF1001.severity = none\n" : null,
            ExtraProperties = how == "NoWarn" ? "<NoWarn>$(NoWarn);AF1001</NoWarn>" : "",
        });
        var build = Build(project);

        var (line, column) = MiniArticle.MisquotePosition;
        Assert.False(build.Succeeded, $"AF1001 is not configurable: the build must still fail:\n{build}");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "AF1001");
        Assert.Equal(("error", line, column), (diagnostic.Severity, diagnostic.Line, diagnostic.Column));
    }

    private BuildResult Build(ConsumerProject project)
    {
        var build = project.Build();
        _output.WriteLine(build.ToString());
        return build;
    }
}
