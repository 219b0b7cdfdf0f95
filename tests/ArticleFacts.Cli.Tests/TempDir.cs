using System;
using System.IO;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "articlefacts-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The absolute path of <paramref name="relative"/> inside the folder.</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) to <paramref name="relative"/>, creating folders; returns the absolute path.</summary>
    public string Write(string relative, string text)
    {
        var path = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies the seed article (data/nk_fm_visit.*) into <paramref name="folder"/>; returns the facts file's path.</summary>
    public string CopySeed(string folder = "data")
    {
        Write(System.IO.Path.Combine(folder, "nk_fm_visit.txt"), Seed.Text);
        return Write(System.IO.Path.Combine(folder, "nk_fm_visit.facts.yaml"), Seed.Yaml);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system: the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>The seed article of data/, copied beside the test assembly.</summary>
internal static class Seed
{
    public static string Yaml { get; } = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "data", "nk_fm_visit.facts.yaml"));

    public static string Text { get; } = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "data", "nk_fm_visit.txt"));

    /// <summary>1-based line of the first line of the facts file that contains <paramref name="part"/>.</summary>
    public static int LineOf(string yaml, string part) => Array.FindIndex(yaml.Replace("\r\n", "\n").Split('\n'), l => l.Contains(part, StringComparison.Ordinal)) + 1;
}

/// <summary>Runs the CLI and captures what it writes.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Console, string Stdout, string Stderr);

    public static Result Run(params string[] args) => Run(new CliEnvironment(), args);

    public static Result Run(CliEnvironment environment, params string[] args)
    {
        using var console = new TestConsole().Width(200);
        var stdout = TestOutput.Writer();
        var stderr = TestOutput.Writer();
        var code = CliApp.Run(args, ArticleFacts.Data.Articles.All, console, stdout, stderr, environment);
        return new Result(code, console.Output, stdout.ToString(), stderr.ToString());
    }
}
