using System;
using System.IO;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>The valid mini article, built once and shared by the tests of <see cref="ValidConsumerTests"/>.</summary>
public sealed class ValidConsumerFixture : IDisposable
{
    internal ConsumerProject Project { get; } = ConsumerProject.Create();

    internal Lazy<BuildResult> Build { get; }

    public ValidConsumerFixture() => Build = new Lazy<BuildResult>(Project.Build);

    public void Dispose() => Project.Dispose();
}

/// <summary>A consumer project that follows README.md builds, and its program reads the generated facts.</summary>
[Collection(BuildCollection.Name)]
public sealed class ValidConsumerTests : IClassFixture<ValidConsumerFixture>
{
    private readonly ValidConsumerFixture _fixture;
    private readonly ITestOutputHelper _output;

    public ValidConsumerTests(ValidConsumerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void Builds_without_diagnostics_from_the_generator()
    {
        var build = BuildOrFail();
        Assert.True(File.Exists(_fixture.Project.OutputAssembly), $"No {_fixture.Project.OutputAssembly}\n{build}");
        var fromGenerator = build.Diagnostics.Where(d => d.Id.StartsWith("AF", StringComparison.Ordinal)).ToList();
        Assert.True(fromGenerator.Count == 0, "Unexpected generator diagnostics:\n" + string.Join("\n", fromGenerator));
    }

    [Fact]
    public void Generator_is_loaded_from_the_project_reference()
    {
        BuildOrFail();
        var generated = _fixture.Project.GeneratedFactsFile;
        Assert.True(File.Exists(generated), $"The generator emitted no {generated}");
        var source = File.ReadAllText(generated);
        Assert.Contains("namespace Consumer", source, StringComparison.Ordinal);
        Assert.Contains("public static partial class Mini", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_prints_facts_from_the_generated_code()
    {
        BuildOrFail();
        var run = _fixture.Project.Run();
        _output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Alice Smith", "mini"], lines);
    }

    private BuildResult BuildOrFail()
    {
        var build = _fixture.Build.Value;
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, $"The valid consumer did not build:\n{build}");
        return build;
    }
}
