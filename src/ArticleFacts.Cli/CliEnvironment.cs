using System;
using System.IO;
using Spectre.Console;

namespace ArticleFacts.Cli;

/// <summary>What the commands take from the process besides their arguments: the clock, and whether standard error is a terminal.</summary>
public sealed class CliEnvironment
{
    /// <summary>The clock <c>init</c> reads today's date from (UTC). Default: the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// A console on a terminal's standard error for live progress (<c>check</c> over many files);
    /// null when standard error is redirected, where progress is a plain line now and then.
    /// </summary>
    public IAnsiConsole? ProgressConsole { get; init; }

    /// <summary>
    /// Reads a file for the checks (facts files and article texts): its text, or null when it does not exist or
    /// cannot be read. Default: the file system.
    /// </summary>
    public Func<string, string?> ReadFile { get; init; } = Check.FactsFiles.Read;

    /// <summary>The environment of this process: live progress when standard error is a terminal.</summary>
    public static CliEnvironment FromProcess() => ForStandardError(Console.Error, Console.IsErrorRedirected);

    /// <summary>The environment for a standard error <paramref name="stderr"/>: a progress console only when it is not redirected.</summary>
    public static CliEnvironment ForStandardError(TextWriter stderr, bool redirected) => new()
    {
        ProgressConsole = redirected ? null : ConsoleFactory.Create(stderr, redirected: false),
    };
}

/// <summary>Everything a command writes to and reads from.</summary>
/// <param name="Sheets">The compiled fact sheets (sheet, export).</param>
/// <param name="Console">The console tables are rendered to.</param>
/// <param name="Stdout">Standard output: findings, JSON, help.</param>
/// <param name="Stderr">Standard error: errors, summaries beside machine output, progress.</param>
/// <param name="Environment">Clock and terminal.</param>
internal sealed record CliContext(
    System.Collections.Generic.IReadOnlyList<FactSheet> Sheets, IAnsiConsole Console, TextWriter Stdout, TextWriter Stderr, CliEnvironment Environment)
{
    /// <summary>Writes a usage error and returns <see cref="CliApp.UsageError"/>.</summary>
    public int Fail(string message)
    {
        Stderr.WriteLine(CliApp.CommandName + ": " + message);
        return CliApp.UsageError;
    }

    /// <summary>Writes <paramref name="text"/> to the file <paramref name="path"/>, or to standard output when the path is null.</summary>
    public void WriteOutput(string? path, string text)
    {
        if (path is null)
        {
            Stdout.Write(text);
            Stdout.Flush();
        }
        else
        {
            File.WriteAllText(path, text);
        }
    }
}
