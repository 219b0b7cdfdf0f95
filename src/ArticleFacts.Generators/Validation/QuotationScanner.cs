using System.Collections.Generic;
using System.Threading;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Finds the quotations of the body: from an opening mark (<c>“ ‘ «</c>, or <c>"</c> at the start of
/// a line or after whitespace or <c>(</c>) to the next matching closing mark on the same line.
/// A <c>’</c> or <c>'</c> between two letters is an apostrophe; unmatched marks are ignored.
/// </summary>
internal static class QuotationScanner
{
    /// <summary>Each quotation as the offsets of its opening and closing marks.</summary>
    public static List<(int Open, int Close)> Scan(string text, int start, int end, CancellationToken cancellationToken = default)
    {
        var found = new List<(int, int)>();
        for (var i = start; i < end; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (!IsOpener(text, i, start))
            {
                continue;
            }

            var closer = QuotationMarks.CloserOf(c);
            for (var j = i + 1; j < end && text[j] != '\n'; j++)
            {
                if (text[j] == closer && !IsApostrophe(text, j, start, end))
                {
                    found.Add((i, j));
                    break;
                }
            }
        }

        return found;
    }

    private static bool IsOpener(string text, int i, int start)
    {
        var c = text[i];
        if (c is '\u201C' or '\u00AB')
        {
            return true;
        }

        if (c == '\u2018')
        {
            return !(i > start && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]));
        }

        return c == '"' && (i == start || text[i - 1] == '\n' || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(');
    }

    private static bool IsApostrophe(string text, int i, int start, int end) =>
        (text[i] is '\u2019' or '\'') && i > start && i + 1 < end && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
}
