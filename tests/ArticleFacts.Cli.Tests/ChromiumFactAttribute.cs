using System;
using System.IO;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// A test that drives the system's Chromium through Playwright (never a downloaded browser). Skipped, saying how to
/// install it, where Chromium is absent; CI (.ci/run) installs it. ARTICLEFACTS_CHROMIUM names another executable.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Browser.ExecutablePath))
        {
            Skip = $"Chromium not found at {Browser.ExecutablePath}: install it (Debian: apt-get update && apt-get install -y chromium), "
                + "or set ARTICLEFACTS_CHROMIUM to a Chromium executable. The review page's browser tests need it.";
        }
    }
}

internal static class Browser
{
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("ARTICLEFACTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots are kept: artifacts/screenshots/ of the repository (the test assembly's folder outside one).</summary>
    public static string ArtifactsDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
