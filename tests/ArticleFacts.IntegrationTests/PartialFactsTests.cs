using System;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// A half-typed facts file in a real build: a YAML syntax error at the end of the file fails the build with one
/// AF0001 at the error, and the code that uses the facts before it still compiles.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class PartialFactsTests
{
    private readonly ITestOutputHelper _output;

    public PartialFactsTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_syntax_error_at_the_end_of_the_facts_file_is_one_AF0001_and_the_earlier_facts_compile()
    {
        // A new date being typed: its quote is not closed yet. Program.cs uses the quote and the article, both before it.
        var yaml = MiniArticle.ValidYaml + "  d_new:\n    at: \"Monday\n";
        using var project = ConsumerProject.Create(new ConsumerOptions { Yaml = yaml, Program = ConsumerOptions.ProgramUsingFacts });
        var build = project.Build();
        _output.WriteLine(build.ToString());

        Assert.False(build.Succeeded, $"The build should fail on the syntax error:\n{build}");
        var (line, column) = MiniArticle.Position(yaml, "\"Monday");
        var error = Assert.Single(build.Diagnostics, d => d.Severity == "error");
        Assert.Equal(("AF0001", project.YamlPath, line, column), (error.Id, error.File, error.Line, error.Column));
        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
    }
}
