using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>
/// A candidate claim: the reporting verb (the cue), its stance, the source it names (null when the text
/// names none the scaffold knows; <see cref="Author"/> for the article's own voice), and the reported
/// words: a quotation proposed as a quote, else the span [EvidenceStart, EvidenceEnd).
/// </summary>
internal sealed record ClaimCandidate(int CueStart, int CueEnd, string Stance, EntityCandidate? Source, bool Author, int EvidenceStart, int EvidenceEnd, QuoteCandidate? Quote)
{
    /// <summary>Where the words naming the source start (the cue when none do): a clause reported before it ends there.</summary>
    public int SubjectStart { get; init; } = CueStart;
}

/// <summary>
/// Finds attributions: a reporting verb with the source it names before it (<c>X said</c>, <c>X has
/// accused</c>, <c>X's ministry said</c>, <c>it called</c>) or after it (<c>, said X</c>,
/// <c>according to X</c>), the article's own hedges (<c>Pyongyang's alleged transfers</c>), and its
/// sentences no attribution covers (the author's assertions). The stance follows the verb; the
/// reported clause is the rest of the sentence on the verb's side (after <c>that</c> where it follows),
/// or the quotation whose cue the verb is.
/// </summary>
internal static class ClaimGuesser
{
    private static readonly Dictionary<string, string> Verbs = Lexicon.Map(
        ("reported", "said says say told tells announced announces reported reports called calls added adds stated states noted notes wrote writes confirmed confirms declared declares warned warns insisted insists explained described"),
        ("alleged", "accused accuses alleged alleges claimed claims charged"),
        ("denied", "denied denies rejected rejects dismissed dismisses refuted"));

    /// <summary>Words between a source and its verb: <c>South Korea has accused</c>, <c>officials also said</c>.</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "has", "have", "had", "also", "again", "repeatedly", "previously", "later", "then", "publicly", "officially", "separately", "earlier", "on", "would", "will" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "he", "she", "they", "It", "He", "She", "They" };

    /// <summary>Words a reported clause does not end on: <c>... to Russia in what it called</c> ends at <c>Russia</c>.</summary>
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal) { "in", "what", "with", "and", "but", "as", "while", "which", "who", "that", "after", "before", "when", "where", "the", "a", "an", "of", "to", "on" };

    /// <summary>Whether <paramref name="word"/> is a reporting verb (a claim's cue rather than an event).</summary>
    public static bool IsReportingVerb(string word) => Verbs.ContainsKey(word);

    public static List<ClaimCandidate> Find(ArticleBody body, List<EntityCandidate> entities, List<QuoteCandidate> quotes)
    {
        var mentions = Mentions.Find(body, entities);
        var words = body.Words;
        var found = new List<ClaimCandidate>();
        for (var v = 0; v < words.Count; v++)
        {
            var according = words[v].Text is "according" or "According" && v + 1 < words.Count && words[v + 1].Text == "to";
            if (according)
            {
                found.Add(AccordingTo(body, mentions, entities, v));
                v++;
            }
            else if (Verbs.TryGetValue(words[v].Text, out var stance) && Attribution(body, mentions, entities, found, v, stance) is { } claim)
            {
                found.Add(claim);
            }
            else if (words[v].Text is "alleged" or "allegedly" or "purportedly" or "reportedly" && v > 0 && Hedge(body, v) is { } hedge)
            {
                found.Add(hedge);
            }
        }

        found.AddRange(AuthorVoice(body, mentions, found));

        // A place that speaks stands for its authorities: only people, organizations, countries and groups are sources.
        foreach (var claim in found.Where(c => c.Source is { Type: "place" }))
        {
            claim.Source!.Type = "organization";
        }

        return found
            .Select(c => WithQuote(c, quotes))
            .Select(c => c.Quote is null ? Cut(body, c, found) : c)
            .Where(c => c.Quote is not null || body.Text[c.EvidenceStart..Math.Max(c.EvidenceStart, c.EvidenceEnd)].Contains(' ', StringComparison.Ordinal))
            .OrderBy(c => c.Quote?.Text?.Start ?? c.EvidenceStart)
            .ToList();
    }

    /// <summary>A reporting verb with its source before it (X said) or after it (, said X); null when it names none it can see.</summary>
    private static ClaimCandidate? Attribution(ArticleBody body, List<Mention> mentions, List<EntityCandidate> entities, List<ClaimCandidate> earlier, int v, string stance)
    {
        var words = body.Words;
        var verb = words[v];
        var (sentenceStart, sentenceEnd) = body.Sentence(verb.Start);
        var before = body.Text[sentenceStart..verb.Start].TrimEnd();
        if ((before.EndsWith(',') || before.EndsWith('\u201D') || before.EndsWith('"')) && ClaimSources.Find(body, mentions, entities, v + 1, after: true) is var (inverted, invertedStart, invertedEnd) && invertedEnd > 0)
        {
            var clauseEnd = sentenceStart + before.Length;
            return new ClaimCandidate(verb.Start, verb.End, stance, inverted, false, sentenceStart, clauseEnd, null) { SubjectStart = invertedStart };
        }

        var k = v - 1;
        while (k >= 0 && Auxiliaries.Contains(words[k].Text) && words[k].Start >= sentenceStart)
        {
            k--;
        }

        if (k < 0 || words[k].Start < sentenceStart)
        {
            return null;
        }

        EntityCandidate? source;
        int subjectStart;
        if (Pronouns.Contains(words[k].Text))
        {
            var previous = body.Sentence(Math.Max(sentenceStart - 2, body.Start)).Start;
            source = earlier.LastOrDefault(c => c.Source is not null && c.CueStart >= previous)?.Source;
            subjectStart = words[k].Start;
        }
        else if (ClaimSources.Find(body, mentions, entities, k, after: false) is var (named, start, _) && start >= 0)
        {
            (source, subjectStart) = (named, start);
        }
        else if (k > 0 && words[k - 1].Text is "the" or "a" or "an" or "The" or "A" or "An" && words[k].Text.All(char.IsLower) && words[v].Text is not "called" and not "calls")
        {
            (source, subjectStart) = (null, words[k - 1].Start); // "the mayor said": a source to name
        }
        else
        {
            return null;
        }

        // Reported before the source (CLAUSE, X said) or after the verb (X said [that] CLAUSE).
        var lead = body.Text[sentenceStart..subjectStart].TrimEnd();
        if (lead.EndsWith(',') && lead.Contains(' ', StringComparison.Ordinal) && NothingAfter(body, v, sentenceEnd))
        {
            return new ClaimCandidate(verb.Start, verb.End, stance, source, false, sentenceStart, sentenceStart + lead.Length - 1, null) { SubjectStart = subjectStart };
        }

        return new ClaimCandidate(verb.Start, verb.End, stance, source, false, After(body, v, sentenceEnd).Start, sentenceEnd, null) { SubjectStart = subjectStart };
    }

    /// <summary><c>according to X</c>: the clause before it (CLAUSE, according to X) or after X's comma (According to X, CLAUSE).</summary>
    private static ClaimCandidate AccordingTo(ArticleBody body, List<Mention> mentions, List<EntityCandidate> entities, int v)
    {
        var words = body.Words;
        var cue = (Start: words[v].Start, End: words[v + 1].End);
        var (sentenceStart, sentenceEnd) = body.Sentence(cue.Start);
        var (source, _, sourceEnd) = ClaimSources.Find(body, mentions, entities, v + 2, after: true);
        var lead = body.Text[sentenceStart..cue.Start].TrimEnd();
        if (lead.EndsWith(','))
        {
            return new ClaimCandidate(cue.Start, cue.End, "reported", source, false, sentenceStart, sentenceStart + lead.Length - 1, null);
        }

        var comma = body.Text.IndexOf(',', Math.Max(sourceEnd, cue.End));
        return new ClaimCandidate(cue.Start, cue.End, "reported", source, false, comma < 0 || comma >= sentenceEnd ? sentenceEnd : comma + 1, sentenceEnd, null);
    }

    /// <summary>The article's own hedge: <c>Pyongyang's alleged transfers ...</c> (from the possessor or determiner), <c>reportedly</c> (the clause around it).</summary>
    private static ClaimCandidate? Hedge(ArticleBody body, int v)
    {
        var words = body.Words;
        var (sentenceStart, sentenceEnd) = body.Sentence(words[v].Start);
        var previous = words[v - 1];
        if (words[v].Text == "alleged" && body.Text[previous.End..words[v].Start] == " " && previous.Start >= sentenceStart
            && (previous.Text.EndsWith("'s", StringComparison.Ordinal) || previous.Text.EndsWith("\u2019s", StringComparison.Ordinal) || previous.Text is "the" or "an" or "its" or "their" or "his" or "her" or "The" or "An"))
        {
            return new ClaimCandidate(words[v].Start, words[v].End, "alleged", null, true, previous.Start, sentenceEnd, null);
        }

        if (words[v].Text == "alleged")
        {
            return null;
        }

        var comma = body.Text.LastIndexOf(',', words[v].Start, words[v].Start - sentenceStart);
        return new ClaimCandidate(words[v].Start, words[v].End, "alleged", null, true, comma < 0 ? sentenceStart : comma + 1, sentenceEnd, null);
    }

    /// <summary>
    /// The article's own voice: a sentence of five words or more that names a candidate, with no
    /// attribution and no quotation in it, is an assertion of the author (to split into one claim per
    /// statement, or delete).
    /// </summary>
    private static IEnumerable<ClaimCandidate> AuthorVoice(ArticleBody body, List<Mention> mentions, List<ClaimCandidate> attributed)
    {
        var quotations = Generators.Tools.FactsText.Quotations(body.Text, body.Start, body.End);
        for (var at = body.Start; at < body.End;)
        {
            var (start, end) = body.Sentence(at);
            var words = body.Words.Count(w => w.Start >= start && w.End <= end);
            if (words >= 5 && (end >= body.End || body.Text[end] != '?')
                && mentions.Any(m => m.Start >= start && m.End <= end)
                && !attributed.Any(c => c.CueStart >= start && c.CueStart < end)
                && !quotations.Any(q => q.Open < end && start <= q.Close))
            {
                yield return new ClaimCandidate(-1, -1, "asserted", null, true, start, end, null);
            }

            at = end + 1;
            while (at < body.End && (char.IsWhiteSpace(body.Text[at]) || body.Text[at] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or ')'))
            {
                at++;
            }
        }
    }

    /// <summary>Where the reported clause after the verb starts: after <c>that</c> when it comes before a comma, else after a told-recipient and a date.</summary>
    private static (int Start, bool HasThat) After(ArticleBody body, int v, int sentenceEnd)
    {
        var words = body.Words;
        for (var i = v + 1; i < words.Count && i <= v + 10 && words[i].Start < sentenceEnd; i++)
        {
            if (body.Text[words[i - 1].End..words[i].Start].Contains(',', StringComparison.Ordinal) || body.Text[words[i - 1].End..words[i].Start].Contains('"', StringComparison.Ordinal))
            {
                break;
            }

            if (words[i].Text == "that")
            {
                return (words[i].End, true);
            }
        }

        return (words[v].End, false);
    }

    /// <summary>Whether at most three words follow the verb before a comma or the sentence's end (reported Sunday, said on Monday, told reporters).</summary>
    private static bool NothingAfter(ArticleBody body, int v, int sentenceEnd)
    {
        var words = body.Words;
        var count = 0;
        for (var i = v + 1; i < words.Count && words[i].Start < sentenceEnd && !body.Text[words[i - 1].End..words[i].Start].Contains(',', StringComparison.Ordinal); i++)
        {
            count++;
        }

        return count <= 3;
    }

    /// <summary>The evidence trimmed: no edge spaces or punctuation, no dangling function words, and ended before another attribution's source in the sentence.</summary>
    private static ClaimCandidate Cut(ArticleBody body, ClaimCandidate claim, List<ClaimCandidate> all)
    {
        var end = claim.EvidenceEnd;
        foreach (var other in all)
        {
            if (other.SubjectStart > claim.EvidenceStart && other.SubjectStart < end && other.CueStart != claim.CueStart)
            {
                end = other.SubjectStart;
            }
        }

        // A second reporting verb of the same source ends the clause: "called the timeline ... and said ...".
        var words = body.Words;
        for (var i = body.WordAt(claim.EvidenceStart) + 1; i < words.Count && words[i].End <= end; i++)
        {
            if (words[i - 1].Text == "and" && Verbs.ContainsKey(words[i].Text))
            {
                end = words[i - 1].Start;
                break;
            }
        }

        var start = claim.EvidenceStart;
        var text = body.Text;
        while (true)
        {
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';' or '-' or '\u2013' or '\u2014'))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ':' or ';' or '.' or '-' or '\u2013' or '\u2014'))
            {
                end--;
            }

            var lastSpace = text.LastIndexOf(' ', Math.Max(end - 1, 0), Math.Max(end - start, 0));
            if (lastSpace < start || !Dangling.Contains(text[(lastSpace + 1)..end]))
            {
                break;
            }

            end = lastSpace;
        }

        return claim with { EvidenceStart = start, EvidenceEnd = Math.Max(start, end) };
    }

    /// <summary>The quote whose cue is this claim's verb and whose words it reports: the claim's evidence is then that quote.</summary>
    private static ClaimCandidate WithQuote(ClaimCandidate claim, List<QuoteCandidate> quotes) =>
        quotes.Find(q => q.Text is not null && q.Cue is { } cue && cue.Start == claim.CueStart) is { } quote ? claim with { Quote = quote } : claim;
}
