using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>
/// The source a reporting verb names: a candidate's mention (with its titles and article: Mayor Carlos
/// Moedas, the White House), a possessor (Russia's foreign ministry), or a group noun phrase (state
/// media, officials), which becomes a group candidate of its own when no candidate is named so.
/// </summary>
internal static class ClaimSources
{
    /// <summary>Nouns that name a group or body that speaks: a group candidate of its own when nothing names it better.</summary>
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "authorities", "police", "analysts", "experts", "sources", "diplomats", "witnesses", "residents", "activists", "critics",
        "observers", "media", "prosecutors", "investigators", "lawmakers", "researchers", "scientists", "ministry", "government", "military",
        "army", "agency", "council", "committee", "court", "company", "spokesman", "spokeswoman", "spokesperson", "office", "embassy",
    };

    /// <summary>Of <see cref="GroupNouns"/>, those naming one unnamed person: the source stays TODO unless a possessive names whose.</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase) { "spokesman", "spokeswoman", "spokesperson" };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "state", "local", "senior", "military", "government", "security", "foreign", "health", "defense", "defence", "western", "unnamed", "top", "city", "federal", "regional", "news",
    };

    /// <summary>
    /// The source named at word <paramref name="at"/>: ending there (before a verb) or starting there (after
    /// one, an article skipped); a candidate's mention, a possessor (X's ministry), or a group noun phrase.
    /// Start is -1 when the words there name no source.
    /// </summary>
    public static (EntityCandidate? Source, int Start, int End) Find(ArticleBody body, List<Mention> mentions, List<EntityCandidate> entities, int at, bool after)
    {
        var words = body.Words;
        if (at < 0 || at >= words.Count)
        {
            return (null, -1, -1);
        }

        if (after)
        {
            var first = words[at].Text is "the" or "a" or "an" && at + 1 < words.Count ? at + 1 : at;
            if (Mentions.StartingAt(mentions, words[first].Start) is { } mention)
            {
                return (mention.Entity, words[at].Start, mention.End);
            }

            // Modifiers and a group noun: "a spokesman", "state media".
            var last = first;
            while (last < words.Count - 1 && last - first < 2 && !GroupNouns.Contains(words[last].Text) && (Modifiers.Contains(words[last].Text) || char.IsUpper(words[last].Text[0])))
            {
                last++;
            }

            return GroupNouns.Contains(words[last].Text) ? (Group(body, entities, words[first].Start, words[last]), words[at].Start, words[last].End) : (null, -1, -1);
        }

        if (Mentions.EndingAt(mentions, words[at].End) is { } named)
        {
            // The words that belong to the subject: titles (Mayor Carlos Moedas) and an article (the White House).
            var first = body.WordAt(named.Start);
            while (first > 0 && body.Text[words[first - 1].End..words[first].Start] == " " && (EntityGuesser.IsTitle(words[first - 1].Text) || words[first - 1].Text is "the" or "The"))
            {
                first--;
            }

            return (named.Entity, Math.Min(words[first].Start, named.Start), named.End);
        }

        if (!GroupNouns.Contains(words[at].Text))
        {
            return (null, -1, -1);
        }

        var start = at;
        while (start > 0 && at - start < 2 && body.Text[words[start - 1].End..words[start].Start] == " " && (Modifiers.Contains(words[start - 1].Text) || (char.IsUpper(words[start - 1].Text[0]) && !body.AtSentenceStart(words[start].Start))))
        {
            start--;
        }

        // A possessor names whose: "Russia's foreign ministry said" is Russia's word.
        for (var j = start - 1; j >= 0 && j >= at - 3; j--)
        {
            if ((words[j].Text.EndsWith("'s", StringComparison.Ordinal) || words[j].Text.EndsWith("\u2019s", StringComparison.Ordinal))
                && Mentions.EndingAt(mentions, words[j].End - 2) is { } possessor)
            {
                return (possessor.Entity, possessor.Start, words[at].End);
            }

            if (!words[j].Text.All(char.IsLower))
            {
                break;
            }
        }

        return (Group(body, entities, words[start].Start, words[at]), words[start].Start, words[at].End);
    }

    /// <summary>The group candidate named by [start, noun.End): an existing candidate of that name or alias, else a new one (null for one unnamed person).</summary>
    private static EntityCandidate? Group(ArticleBody body, List<EntityCandidate> entities, int start, Word noun)
    {
        if (PersonNouns.Contains(noun.Text))
        {
            return null;
        }

        var name = body.Text[start..noun.End];
        var existing = entities.Find(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
        if (existing is not null)
        {
            return existing;
        }

        var group = new EntityCandidate(name, noun.Text.EndsWith('s') || noun.Text is "police" or "media" ? "group" : "organization", new List<string>());
        entities.Add(group);
        return group;
    }
}
