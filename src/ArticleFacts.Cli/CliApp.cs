using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using ArticleFacts.Cli.Commands;
using Spectre.Console;

namespace ArticleFacts.Cli;

/// <summary>The command line: the fact sheet (default), <c>check</c>, <c>show</c>, <c>review</c>, <c>init</c> and <c>export</c>.</summary>
public static class CliApp
{
    /// <summary>Exit code of a usage error: an unknown option or article id, a missing path, a file that exists.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of <c>check</c> when a facts file has errors.</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code of a run cancelled by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The name the command calls itself in errors (help shows the executable's name).</summary>
    public const string CommandName = "articlefacts";

    /// <summary>
    /// Runs the CLI over <paramref name="sheets"/>. Tables go to <paramref name="console"/>; JSON, findings and
    /// help go to <paramref name="stdout"/>; errors go to <paramref name="stderr"/> (standard error when null).
    /// </summary>
    /// <param name="cancellationToken">Cancels <c>check</c>, <c>show</c>, <c>export</c> and <c>review</c> (so does Ctrl+C).</param>
    /// <returns>
    /// 0 on success, <see cref="CheckFailed"/> when a facts file has errors, <see cref="UsageError"/> on a usage error,
    /// <see cref="Cancelled"/> when cancelled.
    /// </returns>
    public static int Run(
        string[] args,
        IReadOnlyList<FactSheet> sheets,
        IAnsiConsole console,
        TextWriter stdout,
        TextWriter? stderr = null,
        CliEnvironment? environment = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stdout);
        var context = new CliContext(sheets, console, stdout, stderr ?? Console.Error, environment ?? new CliEnvironment());

        // RootCommand brings --help, --version and the [suggest] directive of shell completion (dotnet-suggest).
        var root = new RootCommand("ArticleFacts: the curated facts of news articles. Prints fact sheets, checks, shows, reviews and scaffolds facts files, exports the facts.");
        SheetCommand.AddTo(root, context);
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(ReviewCommand.Create(context));
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

        // Asynchronous actions get a token that Ctrl+C cancels (System.CommandLine handles the signal).
        return result.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = context.Stderr }, cancellationToken).GetAwaiter().GetResult();
    }
}
