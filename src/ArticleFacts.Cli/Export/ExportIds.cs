using System;
using System.Globalization;
using System.Text;

namespace ArticleFacts.Cli.Export;

/// <summary>Identifiers and text positions shared by the exports.</summary>
public static class ExportIds
{
    /// <summary>The IRI of an article: its canonical url, else <c>urn:articlefacts:ID</c>.</summary>
    public static string Article(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Url ?? "urn:articlefacts:" + article.Id;
    }

    /// <summary>The IRI of a fact of an article: <c>urn:articlefacts:ARTICLE:FACT</c>.</summary>
    public static string Fact(Article article, string factId)
    {
        ArgumentNullException.ThrowIfNull(article);
        return "urn:articlefacts:" + article.Id + ":" + factId;
    }

    /// <summary>
    /// The number of Unicode code points in <paramref name="text"/> before the UTF-16 offset
    /// <paramref name="utf16Offset"/>: a surrogate pair counts once.
    /// </summary>
    public static int CodePointOffset(string text, int utf16Offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(utf16Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utf16Offset, text.Length);
        var count = 0;
        for (var i = 0; i < utf16Offset; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Up to <paramref name="codePoints"/> code points of <paramref name="text"/> before <paramref name="utf16Offset"/>.</summary>
    public static string Before(string text, int utf16Offset, int codePoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = utf16Offset;
        for (var n = 0; n < codePoints && start > 0; n++)
        {
            start -= start > 1 && char.IsLowSurrogate(text[start - 1]) && char.IsHighSurrogate(text[start - 2]) ? 2 : 1;
        }

        return text[start..utf16Offset];
    }

    /// <summary>Up to <paramref name="codePoints"/> code points of <paramref name="text"/> from <paramref name="utf16Offset"/>.</summary>
    public static string After(string text, int utf16Offset, int codePoints)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = utf16Offset;
        for (var n = 0; n < codePoints && end < text.Length; n++)
        {
            end += end + 1 < text.Length && char.IsHighSurrogate(text[end]) && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        }

        return text[utf16Offset..end];
    }

    /// <summary>An enum value as the facts files spell it: <c>MoreThan</c> -> <c>more_than</c>.</summary>
    public static string Snake(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>A decimal as JSON writes it, in the invariant culture.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
