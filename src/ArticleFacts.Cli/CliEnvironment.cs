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

    /// <summary>The environment of this process.</summary>
    public static CliEnvironment FromProcess() => new()
    {
        ProgressConsole = Console.IsErrorRedirected ? null : ConsoleFactory.Create(Console.Error, redirected: false),
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
}
