using System.CommandLine;
using System.Linq;
using ArticleFacts.Cli.Reading;
using ArticleFacts.Cli.Review;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>review PATH... -o review.html</c>: one self-contained HTML page showing each article with its facts highlighted.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var output = CommonOptions.Output("Write the page to this file (e.g. review.html) instead of standard output.");
        var command = new Command(
            "review",
            "Write a self-contained HTML page of facts files: the article with every anchor highlighted by kind, the facts on hover and click, the findings at their place. Exits 1 when any file has an error.");
        return command.OverFacts(context, CommonOptions.Paths(), [output], (parsed, request) => Execute(context, request, parsed.GetValue(output)));
    }

    private static int Execute(CliContext context, FactsRequest request, string? outputPath)
    {
        if (FactsLoader.Load(context, request) is not { } loaded)
        {
            return CliApp.UsageError;
        }

        var files = loaded.Report.Files.Select((f, i) => new ReviewFile(
            f.Path, f.TextPath, f.Text, loaded.FileSheets[i], loaded.Report.Findings.Where(x => x.Path == f.Path || x.Path == f.TextPath).ToList())).ToList();
        context.WriteOutput(outputPath, ReviewPage.Write(files));
        return loaded.HasErrors ? CliApp.CheckFailed : 0;
    }
}
