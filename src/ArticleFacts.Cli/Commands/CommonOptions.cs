using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;

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

    /// <summary><c>--no-progress</c>: no progress on standard error, even on a terminal.</summary>
    public static Option<bool> NoProgress() => new("--no-progress") { Description = "Show no progress on standard error (it is shown on a terminal only)." };

    /// <summary><c>--output</c>/<c>-o</c>.</summary>
    public static Option<string?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "FILE" };

    /// <summary>
    /// Sets <paramref name="command"/>'s action to <paramref name="run"/> with the invocation's cancellation token
    /// (Ctrl+C cancels it); a cancelled run exits with <see cref="CliApp.Cancelled"/>.
    /// </summary>
    public static void SetCancellableAction(this Command command, CliContext context, System.Func<ParseResult, CancellationToken, int> run) =>
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Cancellable(context, () => run(parsed, cancellationToken))));

    private static int Cancellable(CliContext context, System.Func<int> run)
    {
        try
        {
            return run();
        }
        catch (System.OperationCanceledException)
        {
            context.Stderr.WriteLine(CliApp.CommandName + ": cancelled");
            return CliApp.Cancelled;
        }
    }
}
