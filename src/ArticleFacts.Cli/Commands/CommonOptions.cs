using System;
using System.CommandLine;
using System.Threading.Tasks;
using ArticleFacts.Cli.Reading;

namespace ArticleFacts.Cli.Commands;

/// <summary>The format of <c>check</c>'s findings.</summary>
public enum CheckFormat
{
    /// <summary>One compiler-style line per finding, and a summary.</summary>
    Text,

    /// <summary>A SARIF 2.1.0 log.</summary>
    Sarif,
}

/// <summary>The format of <c>export</c>.</summary>
public enum ExportFormat
{
    /// <summary>schema.org JSON-LD.</summary>
    JsonLd,

    /// <summary>W3C Web Annotations.</summary>
    Annotations,
}

/// <summary>Arguments and options several commands share, and the cancellable action they run in.</summary>
internal static class CommonOptions
{
    /// <summary>The facts files or folders of a command; <paramref name="required"/> or zero or more.</summary>
    public static Argument<string[]> Paths(bool required = true) => new("PATH")
    {
        Description = "Facts files (NAME.facts.yaml), or folders searched for them (bin, obj and hidden folders are skipped)."
            + (required ? string.Empty : " Without a path: the facts compiled into the tool."),
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--output</c>/<c>-o</c>.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    /// <summary>
    /// Makes <paramref name="command"/> a command over facts files: the argument <paramref name="paths"/>, the
    /// <paramref name="options"/>, then <c>--no-progress</c> (the help lists them in this order). Its action runs
    /// <paramref name="run"/> with the paths and options given; Ctrl+C cancels it, and a cancelled run exits with
    /// <see cref="CliApp.Cancelled"/>.
    /// </summary>
    public static Command OverFacts(this Command command, CliContext context, Argument<string[]> paths, Option[] options, Func<ParseResult, FactsRequest, int> run)
    {
        var noProgress = new Option<bool>("--no-progress") { Description = "Show no progress on standard error (it is shown on a terminal only)." };
        command.Arguments.Add(paths);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(noProgress);
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Cancellable(
            context, () => run(parsed, new FactsRequest(parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(noProgress), cancellationToken)))));
        return command;
    }

    private static int Cancellable(CliContext context, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (OperationCanceledException)
        {
            context.Stderr.WriteLine(CliApp.CommandName + ": cancelled");
            return CliApp.Cancelled;
        }
    }
}
