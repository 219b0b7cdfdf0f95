using System;
using System.IO;
using Spectre.Console;

namespace ArticleFacts.Cli;

/// <summary>Creates the Spectre console the fact sheet is written to.</summary>
public static class ConsoleFactory
{
    /// <summary>The width used when the output is not a terminal.</summary>
    public const int RedirectedWidth = 120;

    /// <summary>A console on standard output: colours on a terminal, plain text at a fixed width when redirected.</summary>
    public static IAnsiConsole ForStandardOutput() => Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>
    /// A console writing to <paramref name="writer"/>. When <paramref name="redirected"/>, it writes no
    /// ANSI escape sequences, no colours, and wraps at <see cref="RedirectedWidth"/> columns.
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });

        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
