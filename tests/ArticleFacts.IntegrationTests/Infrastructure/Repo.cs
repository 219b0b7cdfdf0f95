using System;
using System.IO;
using System.Reflection;
using ArticleFacts.TestSupport;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>Where the repository and the built generator are, as seen from the running test assembly.</summary>
internal static class Repo
{
    /// <summary>The directory holding <c>Generators.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root => TestPaths.RepositoryRoot;

    /// <summary>
    /// The configuration this test assembly was built in (<c>Debug</c>, <c>Release</c>). The solution build that
    /// built this assembly built the generator and the runtime model in the same configuration (they are
    /// ProjectReferences of this project), so their outputs are under <c>bin/&lt;this&gt;</c>.
    /// </summary>
    public static string Configuration { get; } = FindConfiguration();

    public static string RuntimeProject => Path.Combine(Root, "src", "ArticleFacts", "ArticleFacts.csproj");

    public static string GeneratorProject => Path.Combine(Root, "src", "ArticleFacts.Generators", "ArticleFacts.Generators.csproj");

    public static string DataProject => Path.Combine(Root, "src", "ArticleFacts.Data", "ArticleFacts.Data.csproj");

    public static string GeneratorProps => Path.Combine(Root, "src", "ArticleFacts.Generators", "build", "ArticleFacts.props");

    public static string GeneratorTargets => Path.Combine(Root, "src", "ArticleFacts.Generators", "build", "ArticleFacts.targets");

    /// <summary>The generator as built, in this configuration.</summary>
    public static string GeneratorAssembly => Path.Combine(Root, "src", "ArticleFacts.Generators", "bin", Configuration, "netstandard2.0", "ArticleFacts.Generators.dll");

    /// <summary>The runtime model as built, in this configuration.</summary>
    public static string RuntimeAssembly => Path.Combine(Root, "src", "ArticleFacts", "bin", Configuration, "net8.0", "ArticleFacts.dll");

    /// <summary>The seed article's facts as built, in this configuration.</summary>
    public static string DataAssembly => Path.Combine(Root, "src", "ArticleFacts.Data", "bin", Configuration, "net8.0", "ArticleFacts.Data.dll");

    /// <summary>The outputs a consumer built with <c>BuildProjectReferences=false</c> needs to exist already.</summary>
    public static string[] RequiredOutputs => [GeneratorAssembly, RuntimeAssembly];

    /// <summary>The outputs that <c>dotnet pack --no-build</c> packs (<see cref="PackageFeed"/>).</summary>
    public static string[] PackedOutputs => [GeneratorAssembly, RuntimeAssembly, DataAssembly];

    private static string FindConfiguration()
    {
        // The SDK stamps $(Configuration) into AssemblyConfigurationAttribute; fall back to the output path bin/<Configuration>/<tfm>/.
        var attribute = typeof(Repo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration;
        if (!string.IsNullOrWhiteSpace(attribute))
        {
            return attribute;
        }

        var tfmDir = new DirectoryInfo(AppContext.BaseDirectory);
        var configDir = tfmDir.Parent;
        if (configDir?.Parent?.Name == "bin")
        {
            return configDir.Name;
        }

        throw new InvalidOperationException($"Cannot tell the build configuration of the test assembly in {AppContext.BaseDirectory}");
    }
}
