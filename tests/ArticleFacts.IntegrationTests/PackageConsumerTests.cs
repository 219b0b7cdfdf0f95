using System;
using System.IO;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// The consumer of <see cref="PackageConsumerTests"/>: the valid mini article under <c>Articles/</c> of a console
/// project that references the packed ArticleFacts package and nothing else, restored and built once.
/// </summary>
public sealed class PackageConsumerFixture : IDisposable
{
    private readonly object _gate = new();
    private ConsumerProject? _project;
    private BuildResult? _build;

    internal (ConsumerProject Project, BuildResult Build) Get(PackageFeed feed)
    {
        lock (_gate)
        {
            if (_project is null)
            {
                _project = ConsumerProject.Create(new ConsumerOptions { Feed = feed, FactsFolder = PackageConsumerTests.FactsFolder });
                _build = _project.Build(items: ["Analyzer", "AdditionalFiles"]);
            }

            return (_project, _build!);
        }
    }

    public void Dispose() => _project?.Dispose();
}

/// <summary>
/// README.md, "Using it in your own project", with the real package: <c>dotnet pack</c>, then a new project with a
/// PackageReference restores it from a local feed, builds, runs, and fails on a misquote.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class PackageConsumerTests : IClassFixture<PackageConsumerFixture>
{
    public const string FactsFolder = "Articles";

    private readonly PackageFeed _feed;
    private readonly PackageConsumerFixture _consumer;
    private readonly ITestOutputHelper _output;

    public PackageConsumerTests(PackageFeedFixture feed, PackageConsumerFixture consumer, ITestOutputHelper output)
    {
        _feed = feed.Feed;
        _consumer = consumer;
        _output = output;
    }

    /// <summary>The restored ArticleFacts package in the consumer's own packages folder (NuGet lower-cases the path).</summary>
    private static string RestoredPackage(ConsumerProject project, PackageFeed feed) =>
        Path.Combine(project.Root.PackagesFolder, PackageFeed.RuntimePackageId.ToLowerInvariant(), feed.Version.ToLowerInvariant());

    [Fact]
    public void Restores_the_package_just_packed_into_a_packages_folder_of_its_own()
    {
        var (project, _) = BuildOrFail();
        var restored = RestoredPackage(project, _feed);
        Assert.True(Directory.Exists(restored), $"No {restored}");

        // The very .nupkg of the feed: NuGet records its hash beside what it extracted.
        var recorded = File.ReadAllText(Path.Combine(restored, $"{PackageFeed.RuntimePackageId}.{_feed.Version}.nupkg.sha512".ToLowerInvariant())).Trim();
        Assert.Equal(PackageFeed.Sha512(_feed.RuntimePackage), recorded);

        // ... which holds this repo's build of the generator and of the runtime model.
        AssertSameFile(Repo.GeneratorAssembly, Path.Combine(restored, "analyzers", "dotnet", "cs", "ArticleFacts.Generators.dll"));
        AssertSameFile(Repo.RuntimeAssembly, Path.Combine(restored, "lib", "net8.0", "ArticleFacts.dll"));

        // The machine's global packages folder was left alone.
        var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Assert.False(Directory.Exists(Path.Combine(global, "articlefacts", _feed.Version.ToLowerInvariant())), $"The package went to {global} too");
    }

    [Fact]
    public void Compiler_gets_the_generator_and_the_article_from_the_package()
    {
        var (project, build) = BuildOrFail();
        var analyzers = Path.Combine(RestoredPackage(project, _feed), "analyzers", "dotnet", "cs");

        var fromArticleFacts = build.Item("Analyzer").Where(path => Path.GetFileName(path).StartsWith("ArticleFacts", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal([Path.Combine(analyzers, "ArticleFacts.Generators.dll")], fromArticleFacts);
        Assert.Contains(Path.Combine(analyzers, "YamlDotNet.dll"), build.Item("Analyzer"));

        // The package's build files: the facts file by the default glob, its sibling text by the targets.
        var additionalFiles = build.Item("AdditionalFiles").Select(path => Path.GetFullPath(path, project.Directory)).ToList();
        Assert.Contains(project.YamlPath, additionalFiles);
        Assert.Contains(project.TextPath, additionalFiles);
    }

    [Fact]
    public void Builds_without_a_warning()
    {
        var (_, build) = BuildOrFail();
        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("AF", StringComparison.Ordinal));

        // NuGet's own warnings (NU1900: no vulnerability data without a network) are about the machine, not the package.
        var warnings = build.WarningLines.Where(line => !line.Contains(": warning NU", StringComparison.Ordinal)).ToList();
        Assert.True(warnings.Count == 0, "Warnings:\n" + string.Join("\n", warnings));
    }

    [Fact]
    public void Program_prints_facts_of_its_own_article()
    {
        var (project, _) = BuildOrFail();
        var run = project.Run();
        _output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Alice Smith", "mini"], Lines(run.Output));
    }

    [Fact]
    public void Misquote_fails_the_build_with_AF1001_at_the_yaml_line()
    {
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            Feed = _feed,
            FactsFolder = FactsFolder,
            Yaml = MiniArticle.YamlWithMisquote,
            Program = ConsumerOptions.ProgramIgnoringFacts,
        });
        var build = project.Build();
        _output.WriteLine(build.ToString());

        var (line, column) = MiniArticle.MisquotePosition;
        Assert.False(build.Succeeded, $"The build should fail:\n{build}");
        var expected = $"{project.YamlRelativePath}({line},{column}): error AF1001";
        Assert.True(build.Output.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in:\n{build}");
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == "AF1001");
        Assert.Equal(project.YamlPath, diagnostic.File);
        Assert.Equal(["AF1001"], build.Diagnostics.Where(d => d.Severity == "error").Select(d => d.Id));
    }

    internal static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static void AssertSameFile(string expected, string actual)
    {
        Assert.True(File.Exists(actual), $"No {actual}");
        Assert.True(PackageFeed.Sha512(expected) == PackageFeed.Sha512(actual), $"{actual} is not {expected}");
    }

    private (ConsumerProject Project, BuildResult Build) BuildOrFail()
    {
        var (project, build) = _consumer.Get(_feed);
        _output.WriteLine(string.Join("\n", _feed.Packs));
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, $"The package consumer did not build:\n{build}");
        return (project, build);
    }
}
