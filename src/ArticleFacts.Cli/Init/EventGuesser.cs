using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>
/// A candidate event: its trigger (the verb phrase), a guessed type (<c>todo</c> when the verb says
/// none), the date candidate it is dated by, the entities its sentence names up to the date, a place
/// (a country or place named right after a visit's verb) and the tense of the verb.
/// </summary>
internal sealed record EventCandidate(int TriggerStart, int TriggerEnd, string Type, DateCandidate When, List<EntityCandidate> Participants, EntityCandidate? Place, string Tense);

/// <summary>
/// Finds dated verbs: for each date candidate, the nearest event verb before it in its sentence (up to
/// <see cref="MaxDistance"/> words: <c>will visit Russia this coming week</c>, <c>visited North Korea
/// last year</c>, <c>met ... in January</c>), or a past-tense verb right before it (<c>approved on
/// Tuesday</c>, type <c>todo</c>). Reporting verbs are claims' cues, not events.
/// </summary>
internal static class EventGuesser
{
    private const int MaxDistance = 8;

    private static readonly Dictionary<string, string> Types = Lexicon.Map(
        ("official_visit", "visit visits visited visiting travel travels travelled traveled travelling traveling trip"),
        ("meeting", "meet meets met meeting"),
        ("launch", "launch launches launched launching"),
        ("attack", "attack attacks attacked attacking struck strike strikes bombed shelled"),
        ("arms_transfer", "supply supplies supplied ship ships shipped send sends sent sending deliver delivers delivered provide provides provided transfer transfers transferred"));

    /// <summary>What turns a supply verb into an arms transfer when the sentence names it.</summary>
    private static readonly HashSet<string> Weapons = new(StringComparer.OrdinalIgnoreCase)
    {
        "weapons", "weapon", "missiles", "munitions", "arms", "artillery", "rounds", "shells", "drones", "tanks", "ammunition", "rockets", "equipment",
    };

    private static readonly HashSet<string> Irregular = new(StringComparer.Ordinal) { "met", "sent", "struck", "shipped", "shelled", "bombed" };

    /// <summary>Words a trigger does not end on: the date's own prepositions and articles.</summary>
    private static readonly HashSet<string> Dangling = new(StringComparer.Ordinal) { "on", "in", "at", "this", "last", "next", "the", "a", "an", "to", "from", "for", "of", "by", "early", "late", "earlier", "since", "until" };

    public static List<EventCandidate> Find(ArticleBody body, List<DateCandidate> dates, List<Mention> mentions, DateTime published)
    {
        var words = body.Words;
        var used = new HashSet<int>();
        var found = new List<EventCandidate>();
        foreach (var date in dates)
        {
            var (sentenceStart, _) = body.Sentence(date.Start);
            var dateWord = body.WordAt(date.Start);
            var verb = -1;
            for (var i = dateWord - 1; i >= 0 && dateWord - i <= MaxDistance && words[i].Start >= sentenceStart; i--)
            {
                if (used.Contains(i) || ClaimGuesser.IsReportingVerb(words[i].Text))
                {
                    continue;
                }

                if (Types.ContainsKey(words[i].Text) || (dateWord - i <= 2 && IsPastTense(words[i].Text)))
                {
                    verb = i;
                    break;
                }
            }

            if (verb < 0)
            {
                continue;
            }

            used.Add(verb);
            var (start, end) = Trigger(body, verb, dateWord);
            var type = Types.TryGetValue(words[verb].Text, out var known) ? known : "todo";
            if (type == "arms_transfer" && !words.Any(w => w.Start >= sentenceStart && w.End <= date.End + 80 && Weapons.Contains(w.Text)))
            {
                type = "todo";
            }

            var place = type == "official_visit"
                ? mentions.Find(m => m.Start >= words[verb].End && m.End <= end && m.Entity.Type is "country" or "place")?.Entity
                : null;
            var participants = mentions
                .Where(m => m.Start >= sentenceStart && m.End <= date.Start && m.Entity != place)
                .Select(m => m.Entity)
                .Distinct()
                .ToList();
            found.Add(new EventCandidate(start, end, type, date, participants, place, Tense(body, verb, date, published)));
        }

        return found;
    }

    /// <summary>The verb with <c>will</c> or <c>to</c> before it and up to four words after it, not past a comma or into the date.</summary>
    private static (int Start, int End) Trigger(ArticleBody body, int verb, int dateWord)
    {
        var words = body.Words;
        var start = verb > 0 && words[verb - 1].Text is "will" or "to" && body.Text[words[verb - 1].End..words[verb].Start] == " " ? words[verb - 1].Start : words[verb].Start;
        var last = verb;
        while (last + 1 < dateWord && last + 1 - verb <= 4 && body.Text[words[last].End..words[last + 1].Start] == " ")
        {
            last++;
        }

        while (last > verb && Dangling.Contains(words[last].Text))
        {
            last--;
        }

        return (start, words[last].End);
    }

    /// <summary>Future after <c>will</c>/<c>to</c>, ongoing after <c>is</c>/<c>are</c> + -ing, past for a past form; else as the date lies to the publication.</summary>
    private static string Tense(ArticleBody body, int verb, DateCandidate date, DateTime published)
    {
        var words = body.Words;
        var before = verb > 0 ? words[verb - 1].Text : string.Empty;
        if (before is "will" or "to" or "shall")
        {
            return "future";
        }

        if (before is "is" or "are" && words[verb].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return "ongoing";
        }

        if (IsPastTense(words[verb].Text) || Irregular.Contains(words[verb].Text))
        {
            return "past";
        }

        var value = date.Value ?? date.RangeStart ?? string.Empty;
        return string.CompareOrdinal(value, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) > 0 ? "future" : "past";
    }

    private static bool IsPastTense(string word) => word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && word.All(char.IsLower);
}
