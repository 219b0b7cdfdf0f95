using System.CommandLine;
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
        var json = new Option<bool>("--json") { Description = "Write the facts as JSON (indented, camelCase) instead of tables." };
        var article = SheetCommand.ArticleOption("Show only the article with this id.");
        var command = new Command("show", "Print the fact sheet of facts files, checked as the build checks them; the findings go to standard error. Exits 1 when any file has an error.");
        return command.OverFacts(context, CommonOptions.Paths(), [json, article], (parsed, request) => Execute(context, request, parsed.GetValue(json), parsed.GetValue(article)));
    }

    private static int Execute(CliContext context, FactsRequest request, bool json, string? articleId)
    {
        if (FactsLoader.Load(context, request) is not { } loaded || SheetCommand.Select(context, loaded.Sheets, articleId) is not { } selected)
        {
            return CliApp.UsageError;
        }

        SheetCommand.Write(context, selected, json);
        return loaded.HasErrors ? CliApp.CheckFailed : 0;
    }
}
