using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Init;

/// <summary>A quote stub: the quoted words, direct or partial, the reporting verb when one is near; or why it was skipped.</summary>
internal sealed record QuoteCandidate(AnchorText? Text, string Kind, AnchorText? Cue, string Words);

/// <summary>
/// One quote per quotation of the body, found as the build finds them for AF4002 (the generator's own
/// scanner): the words inside the marks, without trailing <c>, . ; : ! ?</c>; a quotation nested in
/// another is covered by it and gets none.
/// </summary>
internal static class QuoteGuesser
{
    private const int CueDistance = 40;

    private static readonly string[] ReportingVerbs =
    {
        "said", "says", "told", "added", "wrote", "stated", "asked", "announced", "declared", "warned", "called", "described", "insisted", "claimed", "according to",
    };

    public static List<QuoteCandidate> Find(ArticleBody body)
    {
        var quotations = FactsText.Quotations(body.Text, body.Start, body.End).OrderBy(q => q.Open).ToList();
        var found = new List<QuoteCandidate>();
        var coveredUntil = -1;
        foreach (var (open, close) in quotations)
        {
            if (open < coveredUntil)
            {
                continue;
            }

            coveredUntil = close;
            var end = close;
            while (end > open + 1 && body.Text[end - 1] is ',' or '.' or ';' or ':' or '!' or '?')
            {
                end--;
            }

            var words = body.Text[(open + 1)..end];
            var anchor = words.Length == 0 || char.IsWhiteSpace(words[0]) || char.IsWhiteSpace(words[^1]) ? null : body.Anchor(open + 1, end);
            found.Add(new QuoteCandidate(anchor, IsDirect(body, open, close) ? "direct" : "partial", Cue(body, open, close), words));
        }

        return found;
    }

    /// <summary>Direct when it stands as its own sentence: it starts a line or follows a colon or a sentence's end, or it starts with a capital and ends with punctuation.</summary>
    private static bool IsDirect(ArticleBody body, int open, int close)
    {
        var text = body.Text;
        var inner = text[(open + 1)..close];
        var endsSentence = inner.Length > 0 && inner[^1] is '.' or ',' or '!' or '?';
        return body.AtSentenceStart(open) || (inner.Length > 0 && char.IsUpper(inner[0]) && endsSentence);
    }

    /// <summary>The nearest reporting verb on the same line within <see cref="CueDistance"/> characters of the marks.</summary>
    private static AnchorText? Cue(ArticleBody body, int open, int close)
    {
        var text = body.Text;
        var lineStart = text.LastIndexOf('\n', Math.Max(open - 1, 0)) + 1;
        var lineEnd = text.IndexOf('\n', close);
        lineEnd = lineEnd < 0 ? body.End : Math.Min(lineEnd, body.End);
        var best = (Distance: int.MaxValue, Start: -1, Length: 0);
        foreach (var verb in ReportingVerbs)
        {
            foreach (var word in body.Words.Where(w => w.Text == verb.Split(' ')[0] && w.Start >= Math.Max(lineStart, body.Start) && w.End <= lineEnd))
            {
                var length = verb.Contains(' ', StringComparison.Ordinal) && string.CompareOrdinal(text, word.Start, verb, 0, verb.Length) == 0 ? verb.Length : word.Text.Length;
                var distance = word.Start > close ? word.Start - close : word.End <= open ? open - (word.Start + length) : int.MaxValue;
                if (distance <= CueDistance && distance < best.Distance)
                {
                    best = (distance, word.Start, length);
                }
            }
        }

        return best.Start < 0 ? null : body.Anchor(best.Start, best.Start + best.Length);
    }
}
