using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// The CLI packs as a .NET tool that installs and runs: <c>dotnet pack</c> into a folder feed with a
/// unique version (so no cached package is reused), <c>dotnet tool install --tool-path</c> from that
/// feed alone, then <c>articlefacts --help</c> and <c>articlefacts check</c> on the seed. Slow (a full
/// build of the CLI in its own artifacts folder): one test, in a class of its own.
/// </summary>
public class ToolPackageTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_tool_packs_installs_and_checks_the_seed()
    {
        var root = RepositoryRoot();
        using var dir = new TempDir();
        var version = "0.0.0-tooltest." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(dir["feed"]).FullName;

        // Its own artifacts folder: the repository's bin/ and obj/ are not touched; no build server outlives the test.
        Run(Dotnet, ["pack", Path.Combine(root, "src", "ArticleFacts.Cli", "ArticleFacts.Cli.csproj"), "-c", "Release", "-o", feed,
            "--artifacts-path", dir["artifacts"], $"-p:Version={version}", "-nodeReuse:false", "-p:UseSharedCompilation=false"], PackTimeout);
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
            InstallTimeout, ("NUGET_PACKAGES", dir["packages"]));

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "articlefacts.exe" : "articlefacts");
        var help = Run(tool, ["--help"], RunTimeout);
        Assert.All(new[] { "check", "init", "export", "sheet" }, command => Assert.Contains(command, help, StringComparison.Ordinal));

        var check = Run(tool, ["check", Path.Combine(root, "data")], RunTimeout);
        Assert.EndsWith("1 file, 0 errors, 0 warnings", check.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs a program to completion within <paramref name="timeout"/>; fails with its output unless it exits 0.</summary>
    private static string Run(string program, IEnumerable<string> args, TimeSpan timeout, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(ResolveDotnet()));
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(" ", start.ArgumentList)} did not finish within {timeout}:\n{output}");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(" ", start.ArgumentList)} exited {process.ExitCode}:\n{output}");
        return output.ToString();
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (Generators.sln) is not above " + AppContext.BaseDirectory + ": this test packs its CLI project.");
    }
}
