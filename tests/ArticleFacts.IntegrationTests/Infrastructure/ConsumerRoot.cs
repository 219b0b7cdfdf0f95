using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Threading;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh directory under the system temp directory, outside the repo, that holds one or more consumer projects,
/// with what makes their builds independent of the machine and of the repo.
/// </summary>
/// <remarks>
/// <para>
/// Always: empty Directory.Build.props/.targets and Directory.Packages.props and a root .editorconfig, so that
/// MSBuild's and the compiler's upward searches stop here.
/// </para>
/// <para>
/// With a <see cref="PackageFeed"/>: a nuget.config that lists the feed and nuget.org (the SDK's default source)
/// and nothing else, maps the ArticleFacts packages to the feed alone, and sets a packages folder of this root's own
/// (<see cref="PackagesFolder"/>) instead of the machine's global one, where an older package of the same version
/// would win. Consumers of the feed need nothing from nuget.org (a net10.0 project referencing ArticleFacts has no
/// other package), so they restore offline too; NuGet's audit may then warn (NU1900).
/// </para>
/// <para>Set <c>ARTICLEFACTS_IT_KEEP=1</c> to keep the directories for inspection.</para>
/// </remarks>
internal sealed class ConsumerRoot : IDisposable
{
    public const string FeedSourceKey = "articlefacts-it";

    private static readonly string TempRoot = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "articlefacts-it");

    private int _builds;

    private ConsumerRoot(string path, PackageFeed? feed)
    {
        Path = path;
        Feed = feed;
    }

    /// <summary>The directory.</summary>
    public string Path { get; }

    /// <summary>The feed the consumers restore the ArticleFacts packages from, or none (they reference the repo's projects).</summary>
    public PackageFeed? Feed { get; }

    /// <summary>Where the consumers' packages are restored to, when there is a <see cref="Feed"/>.</summary>
    public string PackagesFolder => System.IO.Path.Combine(Path, "packages");

    public static ConsumerRoot Create(PackageFeed? feed = null)
    {
        var root = new ConsumerRoot(NewTempDirectory(), feed);
        root.Write("Directory.Build.props", "<Project />\n");
        root.Write("Directory.Build.targets", "<Project />\n");
        root.Write("Directory.Packages.props", "<Project />\n");
        root.Write(".editorconfig", "root = true\n");
        if (feed is not null)
        {
            root.Write("nuget.config", NuGetConfig(feed));
        }

        return root;
    }

    /// <summary>A new empty directory under <c>$TMPDIR/articlefacts-it</c>.</summary>
    public static string NewTempDirectory()
    {
        var path = System.IO.Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a file below the root, with <c>\n</c> line endings and no byte order mark.</summary>
    public string Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    /// <summary>
    /// <c>dotnet build</c> in <paramref name="projectDirectory"/>, in the test assembly's configuration, with no
    /// reused nodes or compiler server. With <paramref name="items"/>, MSBuild also reports those items as they are
    /// after the build (<c>-getItem</c>), into <see cref="BuildResult.Items"/>.
    /// </summary>
    public BuildResult Build(string projectDirectory, IReadOnlyList<string>? extraArguments = null, IReadOnlyList<string>? items = null)
    {
        List<string> arguments = [.. extraArguments ?? []];
        string? resultFile = null;
        if (items is { Count: > 0 })
        {
            resultFile = System.IO.Path.Combine(Path, $"build-result-{Interlocked.Increment(ref _builds)}.json");
            arguments.AddRange(["-t:Build", "-v:minimal", $"-getResultOutputFile:{resultFile}", .. items.Select(item => $"-getItem:{item}")]);
        }

        return BuildResult.From(Run("build", projectDirectory, arguments, DotNetCli.DefaultTimeout), resultFile);
    }

    /// <summary>
    /// <c>dotnet publish</c> of <paramref name="projectDirectory"/> for <paramref name="runtimeIdentifier"/>, as
    /// <see cref="Build"/> builds. A NativeAOT publish restores the ILCompiler packages the SDK picks and links
    /// natively: it may take up to 15 minutes on a loaded machine.
    /// </summary>
    public BuildResult Publish(string projectDirectory, string runtimeIdentifier) =>
        BuildResult.From(Run("publish", projectDirectory, ["-r", runtimeIdentifier], TimeSpan.FromMinutes(15)), null);

    /// <summary><c>dotnet VERB</c> in the test assembly's configuration, with no reused nodes or compiler server.</summary>
    private ProcessResult Run(string verb, string projectDirectory, IReadOnlyList<string> extraArguments, TimeSpan timeout)
    {
        List<string> arguments =
        [
            verb,
            "-nologo",
            "-clp:NoSummary",
            "-c", Repo.Configuration,
            "-nodeReuse:false",
            "-p:UseSharedCompilation=false",
            .. extraArguments,
        ];

        // Only nuget.config decides where packages go, whatever the machine sets.
        var environment = Feed is null ? null : new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null };
        return DotNetCli.Run(projectDirectory, arguments, timeout, environment);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ARTICLEFACTS_IT_KEEP") != "1")
        {
            DeleteDirectory(Path);
        }
    }

    /// <summary>Deletes a directory, retrying a little; a leftover temp directory must not fail a test.</summary>
    public static void DeleteDirectory(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private static string NuGetConfig(PackageFeed feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="packages" />
          </config>
          <packageSources>
            <clear />
            <add key="{FeedSourceKey}" value="{SecurityElement.Escape(feed.Directory)}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="{FeedSourceKey}">
              <package pattern="{PackageFeed.RuntimePackageId}" />
              <package pattern="{PackageFeed.RuntimePackageId}.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>

        """;
}
