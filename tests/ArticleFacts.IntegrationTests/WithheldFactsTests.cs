using System;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// Real builds of a consumer whose facts file has one broken fact (the quote misquoted, AF1001): the build fails
/// with that error alone, whether the program uses the broken fact or not, and severity configuration agrees with
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
    /// On the command line the compiler stops after the generator's error, before it binds method bodies (csc does so
    /// for any error reported by a generator), so the build shows the AF error alone: no cascade of CS errors. The
    /// CS0619 at the use is what the IDE shows while the error stands; the generator tests compile the same code in
    /// memory (WithholdingGenerationTests.A_use_of_a_withheld_fact_is_one_error_at_the_use_and_other_uses_compile).
    /// </summary>
    [Fact]
    public void A_use_of_the_broken_fact_fails_the_build_with_the_AF_error_alone()
    {
        using var project = ConsumerProject.Create(new ConsumerOptions { Yaml = MiniArticle.YamlWithMisquote, Program = ProgramUsingTheBrokenFact });
        var build = Build(project);

        var (line, column) = MiniArticle.MisquotePosition;
        Assert.False(build.Succeeded, build.ToString());
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal(("AF1001", project.YamlPath, line, column), (error.Id, error.File, error.Line, error.Column));
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
