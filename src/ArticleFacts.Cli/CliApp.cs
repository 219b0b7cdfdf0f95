using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using ArticleFacts.Cli.Commands;
using Spectre.Console;

namespace ArticleFacts.Cli;

/// <summary>The command line: the fact sheet (default), <c>check</c>, <c>init</c> and <c>export</c>.</summary>
public static class CliApp
{
    /// <summary>Exit code of a usage error: an unknown option or article id, a missing path, a file that exists.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of <c>check</c> when a facts file has errors.</summary>
    public const int CheckFailed = 1;

    /// <summary>The name the command calls itself in help and errors.</summary>
    public const string CommandName = "articlefacts";

    /// <summary>
    /// Runs the CLI over <paramref name="sheets"/>. Tables go to <paramref name="console"/>; JSON, findings and
    /// help go to <paramref name="stdout"/>; errors go to <paramref name="stderr"/> (standard error when null).
    /// </summary>
    /// <returns>0 on success, <see cref="CheckFailed"/> when <c>check</c> finds errors, <see cref="UsageError"/> on a usage error.</returns>
    public static int Run(
        string[] args, IReadOnlyList<FactSheet> sheets, IAnsiConsole console, TextWriter stdout, TextWriter? stderr = null, CliEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stdout);
        var context = new CliContext(sheets, console, stdout, stderr ?? Console.Error, environment ?? new CliEnvironment());

        // A plain Command named articlefacts rather than RootCommand, whose name is the executable's (ArticleFacts.Cli).
        var root = new Command(CommandName, "ArticleFacts: the curated facts of news articles. Prints fact sheets, checks and scaffolds facts files, exports the facts.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        SheetCommand.AddTo(root, context);
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Stderr.WriteLine(error.Message);
            }

            context.Stderr.WriteLine($"Run '{CommandName} --help' for usage.");
            return UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = context.Stderr });
    }
}
