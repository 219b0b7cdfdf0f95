using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using ArticleFacts.TestSupport;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>
/// A local folder feed holding the packages <c>ArticleFacts</c> and <c>ArticleFacts.Data</c>, packed by
/// <c>dotnet pack</c> from this repo's build outputs with a version no cache has ever seen.
/// </summary>
/// <remarks>
/// <para>
/// The packages are packed with <c>--no-build</c> from <c>src/*/bin/&lt;configuration&gt;</c>, like the consumers of
/// <see cref="ConsumerProject"/> are built against them, and for the same reason: this test project references the
/// packed projects (<c>ReferenceOutputAssembly="false"</c>), so they are built, in this configuration, before the
/// tests run, and building them again here could race a concurrent solution build. Packing writes nothing into the
/// repo: the nuspec files go to the feed's temp directory (<c>NuspecOutputPath</c>).
/// </para>
/// <para>
/// The version, <c>0.1.0-it.&lt;UTC time&gt;.&lt;random&gt;</c>, is new on every run. NuGet never looks at a package
/// again once a version is in a packages folder, so a repack under a version it has seen would be silently ignored;
/// the consumers of this feed also restore into a packages folder of their own (<see cref="ConsumerRoot"/>), and
/// the tests compare what was restored with what was packed.
/// </para>
/// </remarks>
internal sealed class PackageFeed : IDisposable
{
    public const string RuntimePackageId = "ArticleFacts";

    public const string DataPackageId = "ArticleFacts.Data";

    private readonly string _root;

    private PackageFeed(string root, string version, IReadOnlyList<ProcessResult> packs)
    {
        _root = root;
        Version = version;
        Packs = packs;
    }

    /// <summary>The packages' version, e.g. <c>0.1.0-it.20261130163800.r1a2b3c4d</c>.</summary>
    public string Version { get; }

    /// <summary>The feed: a folder of .nupkg files.</summary>
    public string Directory => Path.Combine(_root, "feed");

    /// <summary>The output of each <c>dotnet pack</c>.</summary>
    public IReadOnlyList<ProcessResult> Packs { get; }

    public string RuntimePackage => PackagePath(RuntimePackageId);

    public string DataPackage => PackagePath(DataPackageId);

    public string PackagePath(string id) => Path.Combine(Directory, $"{id}.{Version}.nupkg");

    /// <summary>Packs both packages. Throws, with the output, when a pack fails or leaves no package.</summary>
    public static PackageFeed Create()
    {
        var missing = Repo.PackedOutputs.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The packages are packed from the {Repo.Configuration} outputs of the repo's projects, which are missing: "
                + string.Join(", ", missing) + $". Build the solution (or this test project) in {Repo.Configuration} first.");
        }

        var version = string.Create(CultureInfo.InvariantCulture,
            $"0.1.0-it.{DateTime.UtcNow:yyyyMMddHHmmss}.r{RandomNumberGenerator.GetHexString(8, lowercase: true)}");
        var root = ConsumerRoot.NewTempDirectory();
        var feed = Path.Combine(root, "feed");
        System.IO.Directory.CreateDirectory(feed);

        var packs = new List<ProcessResult>();
        foreach (var (id, project) in new[] { (RuntimePackageId, Repo.RuntimeProject), (DataPackageId, Repo.DataProject) })
        {
            var pack = DotNetCli.Run(Repo.Root,
            [
                "pack", project,
                "-nologo",
                "-c", Repo.Configuration,
                "--no-build",
                "-o", feed,
                "-nodeReuse:false",
                $"-p:Version={version}",
                $"-p:NuspecOutputPath={Path.Combine(root, "nuspec", id)}{Path.DirectorySeparatorChar}",
            ]);
            packs.Add(pack);
            var package = Path.Combine(feed, $"{id}.{version}.nupkg");
            if (pack.ExitCode != 0 || !File.Exists(package))
            {
                ConsumerRoot.DeleteDirectory(root);
                throw new InvalidOperationException($"dotnet pack did not make {package}:\n{pack}");
            }
        }

        return new PackageFeed(root, version, packs);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ARTICLEFACTS_IT_KEEP") != "1")
        {
            ConsumerRoot.DeleteDirectory(_root);
        }
    }

    /// <summary>The SHA-512 of a file in base 64, as NuGet writes it into <c>.nupkg.sha512</c>.</summary>
    public static string Sha512(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToBase64String(SHA512.HashData(stream));
    }
}

/// <summary>
/// Packs once per test run, on first use: the packages are shared by every test that needs them. A failed pack fails
/// each of those tests with the same message.
/// </summary>
public sealed class PackageFeedFixture : IDisposable
{
    private readonly Lazy<PackageFeed> _feed = new(PackageFeed.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    internal PackageFeed Feed => _feed.Value;

    public void Dispose()
    {
        if (_feed.IsValueCreated)
        {
            _feed.Value.Dispose();
        }
    }
}
