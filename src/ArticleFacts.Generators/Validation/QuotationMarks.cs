namespace ArticleFacts.Generators.Validation;

/// <summary>Quotation marks as the format reads them.</summary>
internal static class QuotationMarks
{
    public const string Openers = "\u201C\u2018\u00AB\"";

    /// <summary>The closing mark for an opening one.</summary>
    public static char CloserOf(char opener) => opener switch
    {
        '\u201C' => '\u201D',
        '\u2018' => '\u2019',
        '\u00AB' => '\u00BB',
        _ => '"',
    };

    public static bool IsTrailingPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?';

    /// <summary>Null when [start, end) sits right inside a pair of marks; otherwise what is wrong.</summary>
    public static string? Check(string text, int start, int end)
    {
        if (start == 0 || Openers.IndexOf(text[start - 1]) < 0)
        {
            var before = start == 0 ? "the start of the text" : $"'{text[start - 1]}'";
            return $"it must start right after an opening mark (\u201C \u2018 \u00AB or \"), but {before} comes before it";
        }

        var closer = CloserOf(text[start - 1]);
        var at = end;
        while (at < text.Length && IsTrailingPunctuation(text[at]) && text[at] != closer)
        {
            at++;
        }

        if (at < text.Length && text[at] == closer)
        {
            return null;
        }

        var after = end >= text.Length ? "the end of the text" : $"'{text[end]}'";
        return $"it must end right before the closing mark {closer} (trailing , . ; : ! ? may be left out), but {after} follows it";
    }
}
