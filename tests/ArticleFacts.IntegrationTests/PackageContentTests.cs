using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// What <c>dotnet pack</c> puts into the two packages (README.md, "Using it in your own project"): the files, and
/// the nuspec's metadata and dependencies.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackageFeed _feed;

    public PackageContentTests(PackageFeedFixture feed) => _feed = feed.Feed;

    [Fact]
    public void ArticleFacts_holds_the_runtime_model_the_generator_with_YamlDotNet_and_the_build_files()
    {
        using var package = ZipFile.OpenRead(_feed.RuntimePackage);
        Assert.Equal(
        [
            "README.md",
            "analyzers/dotnet/cs/ArticleFacts.Generators.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/ArticleFacts.props",
            "build/ArticleFacts.targets",
            "buildTransitive/ArticleFacts.props",
            "buildTransitive/ArticleFacts.targets",
            .. Directory.GetFiles(Path.Combine(Repo.Root, "docs", "diagnostics"), "*.md").Select(f => "docs/diagnostics/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
            "lib/net8.0/ArticleFacts.dll",
            "lib/net8.0/ArticleFacts.xml",
            "schema/articlefacts-1.schema.json",
        ], ContentFiles(package));

        // The diagnostics name their pages in the package (docs/diagnostics/AFxxxx.md): they are there, as in the repository.
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "docs", "diagnostics", "AF1001.md")), Bytes(package, "docs/diagnostics/AF1001.md"));

        Assert.Equal(File.ReadAllBytes(Repo.GeneratorAssembly), Bytes(package, "analyzers/dotnet/cs/ArticleFacts.Generators.dll"));
        Assert.Equal(File.ReadAllBytes(Repo.RuntimeAssembly), Bytes(package, "lib/net8.0/ArticleFacts.dll"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "src", "ArticleFacts", "PACKAGE.md")), Bytes(package, "README.md"));
        foreach (var buildFile in new[] { "ArticleFacts.props", "ArticleFacts.targets" })
        {
            var source = File.ReadAllBytes(Path.Combine(Repo.Root, "src", "ArticleFacts.Generators", "build", buildFile));
            Assert.Equal(source, Bytes(package, "build/" + buildFile));
            Assert.Equal(source, Bytes(package, "buildTransitive/" + buildFile));
        }
    }

    [Fact]
    public void Packed_generator_is_a_netstandard2_0_assembly_built_against_Roslyn_4_8()
    {
        // Compilers load it from the .NET 8 SDK on (Directory.Packages.props): no newer Roslyn may creep in.
        using var package = ZipFile.OpenRead(_feed.RuntimePackage);
        using var pe = new PEReader(new MemoryStream(Bytes(package, "analyzers/dotnet/cs/ArticleFacts.Generators.dll")));
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version);

        Assert.Equal(new Version(2, 0, 0, 0), references["netstandard"]);
        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis"]);
        Assert.Equal(new Version(4, 8, 0, 0), references["Microsoft.CodeAnalysis.CSharp"]);
        Assert.Contains("YamlDotNet", references.Keys);
    }

    [Fact]
    public void ArticleFacts_nuspec_has_the_metadata_and_no_dependency()
    {
        var nuspec = Nuspec(_feed.RuntimePackage);
        AssertCommonMetadata(nuspec, PackageFeed.RuntimePackageId);
        Assert.Contains("source-generator", Tags(nuspec));
        Assert.Contains("roslyn", Tags(nuspec));

        // The generator's own dependencies (Roslyn, YamlDotNet) are private: a consumer gets no package but this one.
        var group = Assert.Single(Metadata(nuspec).Element(Ns(nuspec) + "dependencies")!.Elements(Ns(nuspec) + "group"));
        Assert.Equal("net8.0", (string?)group.Attribute("targetFramework"));
        Assert.Empty(group.Elements());
    }

    [Fact]
    public void ArticleFacts_Data_holds_the_compiled_seed_only_and_depends_on_ArticleFacts_without_its_build_files_and_analyzers()
    {
        using (var package = ZipFile.OpenRead(_feed.DataPackage))
        {
            Assert.Equal(["README.md", "lib/net8.0/ArticleFacts.Data.dll", "lib/net8.0/ArticleFacts.Data.xml"], ContentFiles(package));
            Assert.Equal(File.ReadAllBytes(Repo.DataAssembly), Bytes(package, "lib/net8.0/ArticleFacts.Data.dll"));
        }

        var nuspec = Nuspec(_feed.DataPackage);
        AssertCommonMetadata(nuspec, PackageFeed.DataPackageId);
        var group = Assert.Single(Metadata(nuspec).Element(Ns(nuspec) + "dependencies")!.Elements(Ns(nuspec) + "group"));
        Assert.Equal("net8.0", (string?)group.Attribute("targetFramework"));
        var dependency = Assert.Single(group.Elements(Ns(nuspec) + "dependency"));
        Assert.Equal(PackageFeed.RuntimePackageId, (string?)dependency.Attribute("id"));
        Assert.Equal(_feed.Version, (string?)dependency.Attribute("version"));
        Assert.Equal(["Analyzers", "Build"], ((string?)dependency.Attribute("exclude"))!.Split(',').Order(StringComparer.Ordinal));
    }

    /// <summary>What every package of the repo declares: Directory.Build.props, and the project's description, tags and readme.</summary>
    private void AssertCommonMetadata(XDocument nuspec, string id)
    {
        var metadata = Metadata(nuspec);
        var ns = Ns(nuspec);
        string? Value(string name) => (string?)metadata.Element(ns + name);

        Assert.Equal(id, Value("id"));
        Assert.Equal(_feed.Version, Value("version"));

        var license = metadata.Element(ns + "license");
        Assert.NotNull(license);
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);

        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")), "No description");
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")), "No authors");
        Assert.Contains("facts", Tags(nuspec));

        // No address that is not the project's own: no project URL, no repository, until the project has a home.
        Assert.Null(metadata.Element(ns + "projectUrl"));
        Assert.Null((string?)metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.DoesNotContain("github.com", nuspec.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The package's files, without the packaging's own (nuspec, OPC parts), sorted.</summary>
    private static List<string> ContentFiles(ZipArchive package) =>
        package.Entries
            .Select(entry => entry.FullName)
            .Where(name => !name.EndsWith(".nuspec", StringComparison.Ordinal)
                && !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static byte[] Bytes(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"No {name} in the package");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static XDocument Nuspec(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        var entry = Assert.Single(package.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static XNamespace Ns(XDocument nuspec) => nuspec.Root!.Name.Namespace;

    private static XElement Metadata(XDocument nuspec) => nuspec.Root!.Element(Ns(nuspec) + "metadata")!;

    private static string[] Tags(XDocument nuspec) =>
        ((string?)Metadata(nuspec).Element(Ns(nuspec) + "tags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
