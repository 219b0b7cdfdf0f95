using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleFacts.TestSupport;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// The CLI packs as a .NET tool that installs and runs: <c>dotnet pack</c> into a folder feed with a
/// unique version (so no cached package is reused), <c>dotnet tool install --tool-path</c> from that
/// feed alone, then <c>articlefacts --help</c> and <c>articlefacts check</c> on the seed. Slow (a full
/// build of the CLI in its own artifacts folder): one test, in a class of its own.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void The_tool_packs_installs_and_checks_the_seed()
    {
        var root = TestPaths.RepositoryRoot;
        using var dir = new TempDir();
        var version = "0.0.0-tooltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(dir["feed"]).FullName;

        // Its own artifacts folder: the repository's bin/ and obj/ are not touched; no build server outlives the test.
        Run(Dotnet, ["pack", Path.Combine(root, "src", "ArticleFacts.Cli", "ArticleFacts.Cli.csproj"), "-c", "Release", "-o", feed,
            "--artifacts-path", dir["artifacts"], $"-p:Version={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"]);
        var package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        Assert.Equal($"ArticleFacts.Cli.{version}.nupkg", Path.GetFileName(package));

        // Only the folder feed as a source, and a packages folder of its own: nothing is fetched or cached elsewhere.
        File.WriteAllText(dir["nuget.config"], $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="feed" value="{feed}" /></packageSources>
            </configuration>
            """);
        var tools = dir["tools"];
        Run(Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", dir["nuget.config"], "--add-source", feed, "ArticleFacts.Cli", "--version", version],
            ("NUGET_PACKAGES", dir["packages"]));

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "articlefacts.exe" : "articlefacts");
        var help = Run(tool, ["--help"]);
        Assert.All(new[] { "check", "init", "export", "sheet" }, command => Assert.Contains(command, help, StringComparison.Ordinal));

        var check = Run(tool, ["check", Path.Combine(root, "data")]);
        Assert.EndsWith("1 file, 0 errors, 0 warnings", check.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs a program to completion through the shared <see cref="ProcessRunner"/>; fails with its output unless it exits 0.</summary>
    private static string Run(string program, IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var variables = new Dictionary<string, string?> { ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(ResolveDotnet())) };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var result = ProcessRunner.Run(program, Directory.GetCurrentDirectory(), args, variables);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output;
    }

    /// <summary>The dotnet executable itself (not a symbolic link), whose folder is DOTNET_ROOT for the tool's launcher.</summary>
    private static string ResolveDotnet()
    {
        var path = Dotnet;
        if (!Path.IsPathRooted(path))
        {
            path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(p => Path.Combine(p, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"))
                .FirstOrDefault(File.Exists) ?? path;
        }

        return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
    }
}
