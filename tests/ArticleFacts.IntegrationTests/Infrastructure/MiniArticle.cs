using System;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>
/// The small valid article of the generator's unit tests (tests/Shared/MiniArticleSource.cs), with helpers to
/// break it. Line endings are <c>\n</c> whatever the checkout does.
/// </summary>
internal static class MiniArticle
{
    /// <summary>Line 1 is the body; line 3 is a footer that the valid facts cut off with end_before.</summary>
    public const string ArticleText = ArticleFacts.TestData.MiniArticleSource.ArticleText;

    /// <summary>A valid facts file for <see cref="ArticleText"/>: every section, every kind of value.</summary>
    public static string ValidYaml { get; } = Lf(ArticleFacts.TestData.MiniArticleSource.ValidYaml + "\n");

    /// <summary>The quote of <see cref="ValidYaml"/>, as written there.</summary>
    public const string QuoteLine = "text: ready to go";

    /// <summary>A misquote of it: "ready to stop" is not in the article.</summary>
    public const string MisquoteLine = "text: ready to stop";

    /// <summary><see cref="ValidYaml"/> with the quote's text broken (<see cref="MisquoteLine"/>).</summary>
    public static string YamlWithMisquote => Replace(ValidYaml, QuoteLine, MisquoteLine);

    /// <summary>Where AF1001 must point in <see cref="YamlWithMisquote"/>: the misquote's value, 1-based, as written.</summary>
    public static (int Line, int Column) MisquotePosition
    {
        get
        {
            var (line, column) = Position(YamlWithMisquote, MisquoteLine);
            return (line, column + "text: ".Length);
        }
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in <paramref name="text"/>.</summary>
    public static string Replace(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{old}' must occur exactly once", nameof(old));
        }

        return text.Substring(0, at) + replacement + text.Substring(at + old.Length);
    }

    /// <summary>The 1-based line and column where <paramref name="needle"/> starts in <paramref name="text"/>; it must occur once.</summary>
    public static (int Line, int Column) Position(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(needle, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{needle}' must occur exactly once", nameof(needle));
        }

        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return (line, at - lineStart + 1);
    }

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
