using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using ArticleFacts.Cli.Json;
using ArticleFacts.Cli.Rendering;
using Spectre.Console;

namespace ArticleFacts.Cli;

/// <summary>The command line: parses arguments and writes the fact sheet or its JSON.</summary>
public static class CliApp
{
    /// <summary>Exit code of a usage error: an unknown option or article id.</summary>
    public const int UsageError = 2;

    /// <summary>The name the command calls itself in help and errors.</summary>
    public const string CommandName = "articlefacts";

    /// <summary>
    /// Runs the CLI over <paramref name="sheets"/>. Tables go to <paramref name="console"/>; JSON and
    /// help go to <paramref name="stdout"/>; errors go to <paramref name="stderr"/> (standard error when null).
    /// </summary>
    /// <returns>0 on success, <see cref="UsageError"/> on a usage error.</returns>
    public static int Run(string[] args, IReadOnlyList<FactSheet> sheets, IAnsiConsole console, TextWriter stdout, TextWriter? stderr = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(stdout);
        stderr ??= Console.Error;

        var json = new Option<bool>("--json")
        {
            Description = "Write the facts as JSON (indented, camelCase) instead of tables.",
            Recursive = true,
        };
        var article = new Option<string?>("--article", "-a")
        {
            Description = "Show only the article with this id.",
            HelpName = "ID",
            Recursive = true,
        };

        var sheet = new Command("sheet", "Print the fact sheet of every article (the default).");
        // A plain Command named articlefacts rather than RootCommand, whose name is the executable's (ArticleFacts.Cli).
        var root = new Command(CommandName, "ArticleFacts: the curated facts of news articles, as a readable fact sheet or as JSON.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(json);
        root.Options.Add(article);
        root.Subcommands.Add(sheet);

        Func<ParseResult, int> action = parsed =>
            Execute(sheets, parsed.GetValue(json), parsed.GetValue(article), console, stdout, stderr);
        root.SetAction(action);
        sheet.SetAction(action);

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            stderr.WriteLine($"Run '{CommandName} --help' for usage.");
            return UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static int Execute(
        IReadOnlyList<FactSheet> sheets, bool json, string? articleId, IAnsiConsole console, TextWriter stdout, TextWriter stderr)
    {
        var selected = sheets;
        if (articleId is not null)
        {
            selected = sheets.Where(s => string.Equals(s.Article.Id, articleId, StringComparison.Ordinal)).ToList();
            if (selected.Count == 0)
            {
                var known = sheets.Count == 0 ? "(none)" : string.Join(", ", sheets.Select(s => s.Article.Id));
                stderr.WriteLine($"Unknown article '{articleId}'. Known article ids: {known}");
                return UsageError;
            }
        }

        if (json)
        {
            FactSheetJson.Write(selected, stdout);
        }
        else
        {
            FactSheetRenderer.Render(selected, console);
        }

        return 0;
    }
}
