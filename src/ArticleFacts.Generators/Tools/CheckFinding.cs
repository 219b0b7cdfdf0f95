namespace ArticleFacts.Generators.Tools;

/// <summary>How serious a finding is, as the compiler reports it by default.</summary>
public enum CheckSeverity
{
    /// <summary>Fails the build.</summary>
    Error,

    /// <summary>Reported, but the article is still generated.</summary>
    Warning,
}

/// <summary>
/// One diagnostic of a facts file, as the build reports it: the id (<c>AF1001</c>), severity, file
/// (the facts file, or the article text for AF4002), a 1-based start and end (the end column is one
/// past the last character; columns count UTF-16 code units), the message and the help page.
/// </summary>
public sealed record CheckFinding(
    string Id,
    CheckSeverity Severity,
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message,
    string HelpPage)
{
    /// <summary>The finding as the compiler prints it: <c>path(line,col): error AF1001: message</c>.</summary>
    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", Path, Line, Column, Severity == CheckSeverity.Error ? "error" : "warning", Id, Message);
}

/// <summary>A diagnostic the checker can report: id, title, category, default severity and help page.</summary>
/// <remarks><paramref name="HelpPage"/> is a path in the ArticleFacts package and repository: <c>docs/diagnostics/AF1001.md</c>.</remarks>
public sealed record CheckRule(string Id, string Title, string Category, CheckSeverity Severity, string HelpPage);
