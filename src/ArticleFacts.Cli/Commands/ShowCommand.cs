using System;
using System.CommandLine;
using System.Threading;
using ArticleFacts.Cli.Reading;

namespace ArticleFacts.Cli.Commands;

/// <summary>
/// <c>show PATH...</c>: the fact sheet of facts files, read through the build's checks without a build. The
/// findings go to standard error; a file with errors shows the facts the build would still emit.
/// </summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var json = new Option<bool>("--json") { Description = "Write the facts as JSON (indented, camelCase) instead of tables." };
        var article = SheetCommand.ArticleOption("Show only the article with this id.");
        var noProgress = CommonOptions.NoProgress();
        var command = new Command("show", "Print the fact sheet of facts files, checked as the build checks them; the findings go to standard error. Exits 1 when any file has an error.");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.Options.Add(article);
        command.Options.Add(noProgress);
        command.SetCancellableAction(context, (parsed, cancellationToken) => Execute(
            context, parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(json), parsed.GetValue(article), parsed.GetValue(noProgress), cancellationToken));
        return command;
    }

    private static int Execute(CliContext context, string[] paths, bool json, string? articleId, bool noProgress, CancellationToken cancellationToken)
    {
        if (FactsLoader.Load(context, paths, noProgress, cancellationToken) is not { } loaded)
        {
            return CliApp.UsageError;
        }

        loaded.WriteFindings(context.Stderr);
        if (SheetCommand.Select(context, loaded.Sheets, articleId) is not { } selected)
        {
            return CliApp.UsageError;
        }

        SheetCommand.Write(context, selected, json);
        return loaded.HasErrors ? CliApp.CheckFailed : 0;
    }
}
