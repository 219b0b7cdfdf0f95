using System;

namespace ArticleFacts.Cli;

/// <summary>The <c>articlefacts</c> entry point: the compiled facts of <c>ArticleFacts.Data</c>.</summary>
public static class Program
{
    /// <summary>Runs the CLI over every compiled article; live progress when standard error is a terminal, Ctrl+C cancels (exit 130).</summary>
    public static int Main(string[] args) =>
        CliApp.Run(args, ArticleFacts.Data.Articles.All, ConsoleFactory.ForStandardOutput(), Console.Out, Console.Error, CliEnvironment.FromProcess());
}
