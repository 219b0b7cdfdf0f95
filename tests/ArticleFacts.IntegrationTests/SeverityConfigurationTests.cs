using System;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// The compiler's severity switches reach the generator's warnings located in YAML files (README.md,
/// "Using it in your own project"): a .globalconfig, NoWarn. Uses AF4001, an entity used by no fact.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class SeverityConfigurationTests
{
    private const string UnusedEntityId = "bob";

    private readonly ITestOutputHelper _output;

    public SeverityConfigurationTests(ITestOutputHelper output) => _output = output;

    /// <summary>The mini facts with one more person, named in the body but referred to by no fact.</summary>
    private static string YamlWithUnusedEntity =>
        MiniArticle.Replace(MiniArticle.ValidYaml, "\nevents:\n", $"\n  {UnusedEntityId}:\n    type: person\n    name: Bob Jones\nevents:\n");

    /// <summary>The mini text with Bob Jones in the body (before the footer), so that his name is mentioned.</summary>
    private static string TextWithUnusedEntity =>
        MiniArticle.Replace(MiniArticle.ArticleText, "Subscribe to", "Bob Jones watched.\nSubscribe to");

    /// <summary>Where AF4001 must point: the unused entity's id, 1-based, in the YAML as written.</summary>
    private static (int Line, int Column) UnusedEntityPosition
    {
        get
        {
            var (line, column) = MiniArticle.Position(YamlWithUnusedEntity, $"  {UnusedEntityId}:\n");
            return (line, column + 2); // past the indentation, at the id
        }
    }

    [Fact]
    public void Unused_entity_is_a_warning_at_its_line()
    {
        using var project = Create();
        var build = Build(project);

        Assert.True(build.Succeeded, $"A warning must not fail the build:\n{build}");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "AF4001");
        Assert.Equal("warning", diagnostic.Severity);
        Assert.Equal(project.YamlPath, diagnostic.File);
        Assert.True((diagnostic.Line, diagnostic.Column) == UnusedEntityPosition, $"Expected AF4001 at {UnusedEntityPosition} (the id '{UnusedEntityId}'), got {diagnostic}");
    }

    [Fact]
    public void Globalconfig_severity_none_silences_it()
    {
        using var project = Create(globalConfig: "is_global = true\ndotnet_diagnostic.AF4001.severity = none\n");
        var build = Build(project);

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("AF4001", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Globalconfig_severity_error_fails_the_build()
    {
        using var project = Create(globalConfig: "is_global = true\ndotnet_diagnostic.AF4001.severity = error\n");
        var build = Build(project);

        Assert.False(build.Succeeded, $"AF4001 as an error should fail the build:\n{build}");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "AF4001");
        Assert.Equal("error", diagnostic.Severity);
        Assert.Equal(project.YamlPath, diagnostic.File);
        Assert.Equal(UnusedEntityPosition, (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void NoWarn_silences_it()
    {
        using var project = Create(extraProperties: "<NoWarn>$(NoWarn);AF4001</NoWarn>");
        var build = Build(project);

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("AF4001", build.Output, StringComparison.Ordinal);
    }

    private static ConsumerProject Create(string? globalConfig = null, string extraProperties = "") =>
        ConsumerProject.Create(new ConsumerOptions
        {
            Yaml = YamlWithUnusedEntity,
            Text = TextWithUnusedEntity,
            GlobalConfig = globalConfig,
            ExtraProperties = extraProperties,
        });

    private BuildResult Build(ConsumerProject project)
    {
        var build = project.Build();
        _output.WriteLine(build.ToString());
        var otherErrors = build.Diagnostics.Where(d => d.Severity == "error" && d.Id != "AF4001").ToList();
        Assert.True(otherErrors.Count == 0, $"Unexpected errors:\n{build}");
        return build;
    }
}
