using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleFacts.Cli.Reading;
using ArticleFacts.Cli.Review;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>review PATH... -o review.html</c>: one self-contained HTML page showing each article with its facts highlighted.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths();
        var output = CommonOptions.Output("Write the page to this file (e.g. review.html) instead of standard output.");
        var noProgress = CommonOptions.NoProgress();
        var command = new Command(
            "review",
            "Write a self-contained HTML page of facts files: the article with every anchor highlighted by kind, the facts on hover and click, the findings at their place. Exits 1 when any file has an error.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(noProgress);
        command.SetCancellableAction(context, (parsed, cancellationToken) => Execute(
            context, parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(output), parsed.GetValue(noProgress), cancellationToken));
        return command;
    }

    private static int Execute(CliContext context, string[] paths, string? outputPath, bool noProgress, CancellationToken cancellationToken)
    {
        if (FactsLoader.Load(context, paths, noProgress, cancellationToken) is not { } loaded)
        {
            return CliApp.UsageError;
        }

        loaded.WriteFindings(context.Stderr);
        var files = loaded.Report.Files.Select((f, i) => new ReviewFile(
            f.Path, f.TextPath, f.Text, loaded.FileSheets[i], loaded.Report.Findings.Where(x => x.Path == f.Path || x.Path == f.TextPath).ToList())).ToList();
        var html = ReviewPage.Write(files);
        if (outputPath is null)
        {
            context.Stdout.Write(html);
            context.Stdout.Flush();
        }
        else
        {
            File.WriteAllText(outputPath, html);
        }

        return loaded.HasErrors ? CliApp.CheckFailed : 0;
    }
}
