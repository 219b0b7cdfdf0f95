using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleFacts.Cli.Check;
using ArticleFacts.Cli.Reading;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Commands;

/// <summary>
/// <c>check PATH...</c>: the build's checks over facts files, from the generator's own code
/// (<see cref="FactsChecker"/>), as compiler-style lines or a SARIF log.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<CheckFormat>("--format", "-f")
        {
            Description = "text: one compiler-style line per finding and a summary; sarif: a SARIF 2.1.0 log for code-scanning tools.",
            DefaultValueFactory = _ => CheckFormat.Text,
        };
        var output = CommonOptions.Output("Write the findings to this file instead of standard output.");
        var command = new Command("check", "Check facts files as the build does: the same diagnostics (AFxxxx), located in the YAML. Exits 1 when any file has an error.");
        return command.OverFacts(context, CommonOptions.Paths(), [format, output], (parsed, request) => Execute(context, request, parsed.GetValue(format), parsed.GetValue(output)));
    }

    private static int Execute(CliContext context, FactsRequest request, CheckFormat format, string? outputPath)
    {
        if (FactsLoader.Files(context, request.Paths) is not { } files)
        {
            return CliApp.UsageError;
        }

        var findings = FactsLoader.WithProgress(
            context, files, request.NoProgress, onFile => FactsChecker.CheckAll(files, context.Environment.ReadFile, onFile, request.CancellationToken));
        var summary = Summary(files.Count, findings);
        var sarif = format == CheckFormat.Sarif;
        using var file = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        var target = (TextWriter?)file ?? context.Stdout;
        if (sarif)
        {
            SarifLog.Write(findings, target);
        }
        else
        {
            foreach (var finding in findings)
            {
                target.WriteLine(finding.ToString());
            }
        }

        // The summary never mixes into machine-readable output on standard output.
        (sarif && file is null ? context.Stderr : context.Stdout).WriteLine(summary);
        return findings.Any(f => f.Severity == CheckSeverity.Error) ? CliApp.CheckFailed : 0;
    }

    /// <summary><c>2 files, 1 error, 0 warnings</c>.</summary>
    public static string Summary(int files, IReadOnlyList<CheckFinding> findings) =>
        string.Join(", ", Count(files, "file"), Count(findings.Count(f => f.Severity == CheckSeverity.Error), "error"), Count(findings.Count(f => f.Severity == CheckSeverity.Warning), "warning"));

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
