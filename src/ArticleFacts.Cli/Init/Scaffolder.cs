using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Init;

/// <summary>What <see cref="Scaffolder"/> writes a facts file from.</summary>
/// <param name="Text">The article text as read (BOM and CRLF are normalised here).</param>
/// <param name="TextFileName">The text file's name, for the header comment.</param>
/// <param name="ArticleId">The article id.</param>
/// <param name="Published">The publication date.</param>
/// <param name="PublishedIsGuess">Whether <paramref name="Published"/> is today's date rather than given.</param>
/// <param name="TextPath"><c>article.text</c> when the text is not the sibling NAME.txt of the facts file.</param>
/// <param name="Schema">The modeline's schema: a path relative to the facts file, or a URL.</param>
public sealed record ScaffoldInput(string Text, string TextFileName, string ArticleId, DateOnly Published, bool PublishedIsGuess, string? TextPath, string Schema);

/// <summary>
/// Writes a first facts file for an article: the article block, a body end guessed from boilerplate,
/// the publisher, candidate entities, events (dated verbs) and claims (attributions, hedges, the
/// article's own sentences), one quote stub per quotation, candidate quantities and dates.
/// Every anchor it writes matches exactly once in the body (with a prefix or suffix where needed);
/// a candidate no context makes unique is left out, with a comment saying so.
/// </summary>
public static class Scaffolder
{
    /// <summary>The text every placeholder holds: <c>check</c> reports it until a curator fills it in.</summary>
    public const string Todo = "TODO";

    /// <summary>An article id from a file name: snake_case, starting with a letter, not a reserved class name.</summary>
    public static string ArticleId(string fileStem)
    {
        ArgumentNullException.ThrowIfNull(fileStem);
        var id = Ids.Snake(fileStem);
        if (id.Length == 0 || id[0] is < 'a' or > 'z')
        {
            id = "article_" + id;
        }

        return FactsText.IsUsableArticleId(id) ? id : id + "_article";
    }

    /// <summary>The facts file for <paramref name="input"/>.</summary>
    public static string Write(ScaffoldInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = FactsText.Normalize(input.Text);
        var marker = BodyMarkers.EndMarker(text);
        if (marker is { } m && text.IndexOf(m.Line, StringComparison.Ordinal) != text.LastIndexOf(m.Line, StringComparison.Ordinal))
        {
            marker = null; // a marker must match once in the whole text
        }

        var body = new ArticleBody(text, 0, marker?.Offset ?? text.Length);
        var published = input.Published.ToDateTime(TimeOnly.MinValue);
        var ids = new Ids();
        var yaml = new YamlOut();

        yaml.Line($"# yaml-language-server: $schema={input.Schema}");
        yaml.Line($"# Scaffolded by `articlefacts init` from {input.TextFileName}. Every anchor below matches exactly once in the body.");
        yaml.Line("# Fill in each TODO, check each guess, delete what is not a fact, add the events and claims it missed, then run");
        yaml.Line("# `articlefacts check` on this file: it reports the TODOs (AF2003) and unused entities (AF4001) until then.");
        yaml.Line("schema: articlefacts/1");
        yaml.Blank();

        var publisherName = marker is { } found ? BodyMarkers.PublisherAfter(text, found.Offset) : null;
        var publisherId = publisherName is null ? "publisher" : ids.New("entities", string.Empty, publisherName);
        ids.Reserve(publisherId, "entities");
        WriteArticle(yaml, input, publisherId, marker?.Line);

        // Guess everything first: claims add the groups they name to the entities, events refer to dates.
        var entities = EntityGuesser.Find(body).Where(e => e.Name != publisherName).ToList();
        var guessed = entities.Count;
        var quotes = QuoteGuesser.Find(body);
        var dates = DateGuesser.Find(body, published);
        var claims = ClaimGuesser.Find(body, entities, quotes);
        var events = EventGuesser.Find(body, dates, Mentions.Find(body, entities), published);
        var refs = new FactIds(
            entities.ToDictionary(e => e, e => ids.New("entities", string.Empty, e.Name)),
            quotes.Where(q => q.Text is not null).ToDictionary(q => q, q => ids.New("quotes", "quote_", FirstWords(q.Words, 4))),
            dates.Select(d => (Date: d, Anchor: body.Anchor(d.Start, d.End))).Where(d => d.Anchor is not null).ToDictionary(d => d.Date, d => ids.New("dates", "t_", d.Anchor!.Exact)));

        yaml.Blank();
        yaml.Line("entities:");
        yaml.Line($"  {publisherId}:");
        yaml.Line("    type: organization");
        yaml.Line($"    name: {(publisherName is null ? Todo + $"  # the publisher's name" : YamlScalars.Value(publisherName))}");
        if (publisherName is null || body.Matches(publisherName, null, null) == 0)
        {
            yaml.Line("    mentioned: false");
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (i == 0 && guessed > 0)
            {
                yaml.Line("  # Candidates: capitalised names of the body. The types are guesses; add aliases the text uses (Pyongyang for North Korea).");
            }
            else if (i == guessed)
            {
                yaml.Line("  # Candidates: the groups and bodies that claims below name as their source.");
            }

            var entity = entities[i];
            yaml.Line($"  {refs.Entities[entity]}:");
            yaml.Line($"    type: {entity.Type}");
            yaml.Line($"    name: {YamlScalars.Value(entity.Name)}");
            if (entity.Aliases.Count > 0)
            {
                yaml.Line($"    aliases: [{string.Join(", ", entity.Aliases.Select(YamlScalars.Quoted))}]");
            }
        }

        FactSections.WriteEvents(yaml, ids, body, refs, events);
        FactSections.WriteClaims(yaml, ids, body, refs, claims);
        WriteQuotes(yaml, refs, quotes);
        WriteQuantities(yaml, ids, body, QuantityGuesser.Find(body, dates.Select(d => (d.Start, d.End)).ToList()));
        WriteDates(yaml, refs, body, dates);
        if (events.Count == 0)
        {
            yaml.Blank();
            yaml.Line("# events:   # id: {type: official_visit, trigger: <words of the body>, participants: [<entity ids>], place: <entity id>, when: <date id>, tense: past}");
        }

        if (claims.Count == 0)
        {
            yaml.Blank();
            yaml.Line("# claims:   # id: {statement: <plain words>, source: <entity id or author>, stance: reported, evidence: <words of the body or {quote: <quote id>}>, cue: said}");
        }

        return yaml.ToString();
    }

    private static void WriteArticle(YamlOut yaml, ScaffoldInput input, string publisherId, string? endMarker)
    {
        yaml.Line("article:");
        yaml.Line($"  id: {input.ArticleId}");
        if (input.TextPath is not null)
        {
            yaml.Line($"  text: {YamlScalars.Value(input.TextPath)}");
        }

        yaml.Line("  # title: the headline (optional)");
        yaml.Line($"  publisher: {publisherId}");
        var date = input.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yaml.Line(input.PublishedIsGuess
            ? $"  published: \"{date}\"  # {Todo}: today's date (UTC), not read from the article; set the day it was published"
            : $"  published: \"{date}\"");
        yaml.Line("  language: en");
        if (endMarker is not null)
        {
            yaml.Line("  # Guessed: the text from this line on is not part of the article.");
            yaml.Line("  body:");
            yaml.Line($"    end_before: {YamlScalars.Value(endMarker)}");
        }
        else
        {
            yaml.Line("  # body: {start_after: <words before the article>, end_before: <words after it>}  # when the text has a header or footer");
        }
    }

    private static void WriteQuotes(YamlOut yaml, FactIds refs, List<QuoteCandidate> quotes) => Section(
        yaml,
        "quotes",
        "# One stub per quotation of the body: fill in each speaker (an entity id); kind is a guess.",
        quotes,
        q => q.Text,
        q => "quotation \u201C" + Shorten(q.Words) + "\u201D",
        (quote, anchor) =>
        {
            yaml.Line($"  {refs.Quotes[quote]}:");
            yaml.Field("text", YamlScalars.Anchor(anchor));
            yaml.Field("speaker", Todo);
            yaml.Field("kind", quote.Kind);
            yaml.Field("cue", quote.Cue, YamlScalars.Anchor);
        });

    private static void WriteQuantities(YamlOut yaml, Ids ids, ArticleBody body, List<QuantityCandidate> quantities) => Section(
        yaml,
        "quantities",
        "# Candidates: numbers with a unit. Check each unit (UCUM; {noun} counts things) and delete what is not a fact.",
        quantities,
        q => body.Anchor(q.Start, q.End),
        q => "\u201C" + Shorten(body.Text[q.Start..q.End]) + "\u201D",
        (quantity, anchor) =>
        {
            yaml.Line($"  {ids.New("quantities", "qty_", quantity.Words)}:");
            yaml.Field("at", YamlScalars.Anchor(anchor));
            yaml.Field("value", quantity.Value);
            yaml.Field("unit", YamlScalars.Value(quantity.Unit));
            yaml.Field("comparator", quantity.Comparator);
            yaml.Field("alt", quantity.AltValue, alt => $"{{value: {alt}, unit: {YamlScalars.Quoted(quantity.AltUnit!)}}}");
        });

    private static void WriteDates(YamlOut yaml, FactIds refs, ArticleBody body, List<DateCandidate> dates) => Section(
        yaml,
        "dates",
        "# Candidates: date expressions, read against the publication date (a rule re-derives the value in every build).",
        dates,
        d => body.Anchor(d.Start, d.End),
        d => "\u201C" + Shorten(body.Text[d.Start..d.End]) + "\u201D",
        (date, anchor) =>
        {
            yaml.Line($"  {refs.Dates[date]}:{(date.Note is null ? string.Empty : "  # " + date.Note)}");
            yaml.Field("at", YamlScalars.Anchor(anchor));
            if (date.Value is not null)
            {
                yaml.Field("value", $"\"{date.Value}\"");
            }
            else
            {
                yaml.Field("start", $"\"{date.RangeStart}\"");
                yaml.Field("end", $"\"{date.RangeEnd}\"");
            }

            yaml.Field("mod", date.Mod);
            yaml.Field("rule", date.Rule);
        });

    /// <summary>A section of candidates; one that no context makes unique is a comment, not a fact.</summary>
    internal static void Section<T>(YamlOut yaml, string name, string comment, List<T> items, Func<T, AnchorText?> anchor, Func<T, string> describe, Action<T, AnchorText> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        yaml.Blank();
        yaml.Line(comment);
        yaml.Line(name + ":");
        foreach (var item in items)
        {
            if (anchor(item) is { } found)
            {
                write(item, found);
            }
            else
            {
                yaml.Line($"  # Skipped {describe(item)}: the words occur more than once and no nearby words tell them apart, or they are empty or spaced.");
            }
        }
    }

    internal static string FirstWords(string text, int count) => string.Join(" ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    internal static string Shorten(string text)
    {
        var line = text.Replace('\n', ' ');
        return line.Length <= 50 ? line : line[..47] + "...";
    }
}
