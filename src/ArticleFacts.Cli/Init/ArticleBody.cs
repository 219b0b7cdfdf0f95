using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ArticleFacts.Cli.Init;

/// <summary>An anchor as it will be written: the exact words, and the context that makes them unique.</summary>
internal sealed record AnchorText(string Exact, string? Prefix, string? Suffix, int Start)
{
    public int End => Start + Exact.Length;
}

/// <summary>A word of the body and where it is.</summary>
internal readonly record struct Word(string Text, int Start)
{
    public int End => Start + Text.Length;
}

/// <summary>
/// The normalised article text and its body, and anchors that match exactly once in the body as the
/// build resolves them: ordinal, overlapping matches count, prefix and suffix matched right around.
/// </summary>
internal sealed partial class ArticleBody
{
    /// <summary>How many words of context an anchor may take on each side before it is given up.</summary>
    public const int MaxContextWords = 4;

    private static readonly string[] Abbreviations = { "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Lt", "Col", "Gov", "Prof", "Sgt", "Capt", "No", "Jr", "Sr" };

    public ArticleBody(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
        Words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text[start..end]))
        {
            Words.Add(new Word(match.Value, start + match.Index));
        }
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The words of the body: runs of letters, marks and digits, with inner apostrophes (People's) and the separators of numbers (1,000.5).</summary>
    public List<Word> Words { get; }

    /// <summary>The anchor of [start, end), with the least context that makes it match once in the body; null when none does.</summary>
    public AnchorText? Anchor(int start, int end)
    {
        var exact = Text[start..end];
        if (exact.Length == 0)
        {
            return null;
        }

        var prefixStart = start;
        var suffixEnd = end;
        for (var step = 0; step <= 2 * MaxContextWords; step++)
        {
            var prefix = prefixStart < start ? Text[prefixStart..start] : null;
            var suffix = suffixEnd > end ? Text[end..suffixEnd] : null;
            if (Matches(exact, prefix, suffix) == 1)
            {
                // The least context: a prefix or suffix that the other side makes unnecessary goes.
                return prefix is not null && suffix is not null && Matches(exact, null, suffix) == 1 ? new AnchorText(exact, null, suffix, start)
                    : prefix is not null && suffix is not null && Matches(exact, prefix, null) == 1 ? new AnchorText(exact, prefix, null, start)
                    : new AnchorText(exact, prefix, suffix, start);
            }

            // Grow the suffix and the prefix in turn, a word at a time, never past the line.
            if (step % 2 == 0)
            {
                suffixEnd = NextBoundary(suffixEnd);
            }
            else
            {
                prefixStart = PreviousBoundary(prefixStart);
            }
        }

        return null;
    }

    /// <summary>How many times the anchor matches inside the body.</summary>
    public int Matches(string exact, string? prefix, string? suffix)
    {
        var count = 0;
        for (var at = Text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = at + 1 < Text.Length ? Text.IndexOf(exact, at + 1, StringComparison.Ordinal) : -1)
        {
            var fits = (prefix is null || (at >= prefix.Length && string.CompareOrdinal(Text, at - prefix.Length, prefix, 0, prefix.Length) == 0))
                && (suffix is null || (at + exact.Length + suffix.Length <= Text.Length && string.CompareOrdinal(Text, at + exact.Length, suffix, 0, suffix.Length) == 0));
            if (fits && at >= Start && at + exact.Length <= End)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the words [start, end) are at the start of a sentence: after a line start, . ! ? or an opening quotation mark.</summary>
    public bool AtSentenceStart(int start)
    {
        var i = start - 1;
        while (i >= 0 && Text[i] is ' ' or '\t' or '"' or '\u201C' or '\u2018' or '(')
        {
            i--;
        }

        return i < 0 || Text[i] is '\n' or '.' or '!' or '?' or ':';
    }

    /// <summary>
    /// The sentence around <paramref name="at"/>: from after the previous <c>. ! ?</c> (followed by a space
    /// and not a lower-case letter) or line break, to before the next one; clipped to the body.
    /// </summary>
    public (int Start, int End) Sentence(int at)
    {
        var start = at;
        while (start > Start && Text[start - 1] != '\n' && !EndsSentence(start - 1))
        {
            start--;
        }

        while (start < at && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        var end = at;
        while (end < End && Text[end] != '\n' && !EndsSentence(end))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The index of the first word that starts at or after <paramref name="offset"/> (Words.Count when none does).</summary>
    public int WordAt(int offset)
    {
        var (lo, hi) = (0, Words.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Words[mid].Start < offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    /// <summary>Whether <c>. ! ?</c> at <paramref name="i"/> ends a sentence: whitespace (after closing marks) and no lower-case letter follow.</summary>
    private bool EndsSentence(int i)
    {
        if (Text[i] is not '.' and not '!' and not '?' || (Text[i] == '.' && IsAbbreviation(i)))
        {
            return false;
        }

        var j = i + 1;
        while (j < End && Text[j] is '"' or '\u201D' or '\u2019' or ')')
        {
            j++;
        }

        if (j >= End)
        {
            return true;
        }

        if (Text[j] is not ' ' and not '\n' and not '\t')
        {
            return false;
        }

        while (j < End && Text[j] is ' ' or '\t')
        {
            j++;
        }

        return j >= End || !char.IsLower(Text[j]);
    }

    /// <summary>Whether the word before the full stop at <paramref name="dot"/> is a title's abbreviation (Mr., Dr., Gen.).</summary>
    private bool IsAbbreviation(int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(Text[start - 1]))
        {
            start--;
        }

        return Array.IndexOf(Abbreviations, Text[start..dot]) >= 0;
    }

    private int NextBoundary(int from)
    {
        var i = from;
        while (i < Text.Length && Text[i] is ' ' or '\t')
        {
            i++;
        }

        while (i < Text.Length && !char.IsWhiteSpace(Text[i]))
        {
            i++;
        }

        return i;
    }

    private int PreviousBoundary(int from)
    {
        var i = from;
        while (i > 0 && Text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        while (i > 0 && !char.IsWhiteSpace(Text[i - 1]))
        {
            i--;
        }

        return i;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['\u2019]\p{L}+|(?<=[0-9])[,.][0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
