using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ArticleFacts.Cli.Check;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Reading;

/// <summary>Facts files read through the build's checks, and the fact sheets of those that have facts.</summary>
/// <param name="Report">Every finding, and each file's text and facts.</param>
/// <param name="FileSheets">The fact sheet of each file of the report, null for a file without facts.</param>
internal sealed record LoadedFacts(FactsReport Report, IReadOnlyList<FactSheet?> FileSheets)
{
    /// <summary>The fact sheet of every file with facts, in file order.</summary>
    public IReadOnlyList<FactSheet> Sheets => FileSheets.OfType<FactSheet>().ToList();

    public bool HasErrors => Report.Findings.Any(f => f.Severity == CheckSeverity.Error);

    /// <summary>The findings as compiler-style lines, then the summary line.</summary>
    public void WriteFindings(TextWriter writer)
    {
        foreach (var finding in Report.Findings)
        {
            writer.WriteLine(finding.ToString());
        }

        writer.WriteLine(Commands.CheckCommand.Summary(Report.Files.Count, Report.Findings));
    }
}

/// <summary>What a command over facts files was given: the paths (none: empty), <c>--no-progress</c>, and the token Ctrl+C cancels.</summary>
internal sealed record FactsRequest(string[] Paths, bool NoProgress, CancellationToken CancellationToken);

/// <summary>What <c>check</c>, <c>show</c>, <c>export</c> and <c>review</c> share: finding the files, progress, reading.</summary>
internal static class FactsLoader
{
    /// <summary>The facts files of <paramref name="paths"/>; null (reported as a usage error) when a path is missing or no file is found.</summary>
    public static List<string>? Files(CliContext context, IReadOnlyList<string> paths)
    {
        var files = FactsFiles.Expand(paths, out var error);
        if (files is null)
        {
            context.Fail(error!);
            return null;
        }

        if (files.Count == 0)
        {
            context.Fail($"no facts files ({FactsFiles.Pattern}) under {string.Join(", ", paths)}");
            return null;
        }

        return files;
    }

    /// <summary>Runs <paramref name="work"/> over <paramref name="files"/> with progress on standard error, unless <paramref name="noProgress"/>.</summary>
    public static T WithProgress<T>(CliContext context, IReadOnlyList<string> files, bool noProgress, System.Func<System.Action<int, string>, T> work) =>
        noProgress ? work((_, _) => { }) : CheckProgress.Run(files, context.Environment.ProgressConsole, context.Stderr, work);

    /// <summary>
    /// Reads the request's facts files and writes the findings, then the summary, to standard error (null when the paths
    /// are a usage error, reported).
    /// </summary>
    public static LoadedFacts? Load(CliContext context, FactsRequest request)
    {
        if (Files(context, request.Paths) is not { } files)
        {
            return null;
        }

        var report = WithProgress(context, files, request.NoProgress, onFile => FactsReader.Read(files, context.Environment.ReadFile, onFile, request.CancellationToken));
        var loaded = new LoadedFacts(report, report.Files.Select(f => f.Article is null ? null : SheetMapper.Map(f.Article)).ToList());
        loaded.WriteFindings(context.Stderr);
        return loaded;
    }
}
