using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ArticleFacts.Cli.Check;
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
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Facts files (NAME.facts.yaml), or folders searched for them (bin, obj and hidden folders are skipped).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one compiler-style line per finding and a summary; sarif: a SARIF 2.1.0 log for code-scanning tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the findings to this file instead of standard output.", HelpName = "FILE" };

        var command = new Command("check", "Check facts files as the build does: the same diagnostics (AFxxxx), located in the YAML. Exits 1 when any file has an error.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed => Execute(context, parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(format) == "sarif", parsed.GetValue(output)));
        return command;
    }

    private static int Execute(CliContext context, string[] paths, bool sarif, string? outputPath)
    {
        var files = FactsFiles.Expand(paths, out var error);
        if (files is null)
        {
            return context.Fail(error!);
        }

        if (files.Count == 0)
        {
            return context.Fail($"no facts files ({FactsFiles.Pattern}) under {string.Join(", ", paths)}");
        }

        var findings = CheckProgress.Run(files, context.Environment.ProgressConsole, context.Stderr, onFile => FactsChecker.CheckAll(files, FactsFiles.Read, onFile));
        var summary = Summary(files.Count, findings);
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
