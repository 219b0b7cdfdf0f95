using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>The ids the scaffold gave the candidates other facts refer to (a skipped quote or date has none).</summary>
internal sealed record FactIds(Dictionary<EntityCandidate, string> Entities, Dictionary<QuoteCandidate, string> Quotes, Dictionary<DateCandidate, string> Dates);

/// <summary>Writes the scaffold's candidate events and claims, anchored as every other candidate (exactly once in the body, or skipped with a comment).</summary>
internal static class FactSections
{
    public static void WriteEvents(YamlOut yaml, Ids ids, ArticleBody body, FactIds refs, List<EventCandidate> events) => Scaffolder.Section(
        yaml,
        "events",
        "# Candidates: verbs near a date. Check each type (todo: name it), the participants, the place and the tense.",
        events,
        e => body.Anchor(e.TriggerStart, e.TriggerEnd),
        e => "event \u201C" + Scaffolder.Shorten(body.Text[e.TriggerStart..e.TriggerEnd]) + "\u201D",
        (candidate, trigger) =>
        {
            yaml.Line($"  {ids.New("events", "ev_", trigger.Exact)}:");
            yaml.Field("type", candidate.Type + (candidate.Type == "todo" ? $"  # {Scaffolder.Todo}: the event's type (official_visit, meeting, launch, attack, ...)" : string.Empty));
            yaml.Field("trigger", YamlScalars.Anchor(trigger));
            if (candidate.Participants.Count > 0)
            {
                yaml.Field("participants", $"[{string.Join(", ", candidate.Participants.Select(p => refs.Entities[p]))}]");
            }

            yaml.Field("place", candidate.Place, place => refs.Entities[place]);
            yaml.Field("when", refs.Dates.GetValueOrDefault(candidate.When));
            yaml.Field("tense", candidate.Tense);
        });

    public static void WriteClaims(YamlOut yaml, Ids ids, ArticleBody body, FactIds refs, List<ClaimCandidate> claims) => Scaffolder.Section(
        yaml,
        "claims",
        "# Candidates: attributions with a reporting verb, the article's own hedges, and its sentences no one is said to say (author, asserted: split them into one claim per statement). Write each statement; check source, stance and evidence.",
        claims,
        c => c.Quote is { } quote ? (refs.Quotes.ContainsKey(quote) ? quote.Text : null) : body.Anchor(c.EvidenceStart, c.EvidenceEnd),
        c => "claim \u201C" + Scaffolder.Shorten(c.Quote?.Words ?? body.Text[c.EvidenceStart..c.EvidenceEnd]) + "\u201D",
        (claim, evidence) =>
        {
            var source = claim.Author ? "author" : claim.Source is { } entity ? refs.Entities[entity] : null;
            var words = claim.Quote?.Words ?? evidence.Exact;
            yaml.Line($"  {ids.New("claims", "c_", (source ?? "todo") + " " + Scaffolder.FirstWords(words, 3))}:");
            yaml.Field("statement", $"{Scaffolder.Todo}  # in plain words: what the evidence says");
            yaml.Field("source", source ?? $"{Scaffolder.Todo}  # who says it (an entity id)");
            yaml.Field("stance", claim.Stance);
            yaml.Field("evidence", claim.Quote is { } quote ? $"{{quote: {refs.Quotes[quote]}}}" : YamlScalars.Anchor(evidence));
            yaml.Field("cue", claim.CueEnd > claim.CueStart ? body.Anchor(claim.CueStart, claim.CueEnd) : null, YamlScalars.Anchor);
        });
}
