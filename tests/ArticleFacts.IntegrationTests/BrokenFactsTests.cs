using System;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>A generator error fails a real build, located in the YAML file.</summary>
[Collection(BuildCollection.Name)]
public sealed class BrokenFactsTests
{
    private readonly ITestOutputHelper _output;

    public BrokenFactsTests(ITestOutputHelper output) => _output = output;

    private static string BrokenYaml => MiniArticle.YamlWithMisquote;

    [Fact]
    public void Anchor_not_in_the_text_fails_the_build_with_AF1001_at_the_yaml_value()
    {
        // The program does not use the facts, so nothing but the generator's error can fail the build.
        using var project = ConsumerProject.Create(new ConsumerOptions { Yaml = BrokenYaml, Program = ConsumerOptions.ProgramIgnoringFacts });
        var build = project.Build();
        _output.WriteLine(build.ToString());

        var (line, column) = MiniArticle.MisquotePosition;
        Assert.False(build.Succeeded, $"The build should fail:\n{build}");
        var expected = $"{project.YamlRelativePath}({line},{column}): error AF1001";
        Assert.True(build.Output.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in:\n{build}");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "AF1001");
        Assert.Equal(project.YamlPath, diagnostic.File);
        Assert.Contains("\"ready to stop\"", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["AF1001"], build.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Id));
    }
}
