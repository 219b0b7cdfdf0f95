using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

public sealed record ExpectedEntity(string Id, string Type, string Name, List<string> Aliases, List<(string Title, string? Of)> Roles, string? PartOf, bool Mentioned);

public sealed record ExpectedQuote(string Id, string Speaker, string Kind, Span Text, Span? Cue);

public sealed record ExpectedClaim(string Id, string Statement, string Source, string Stance, Span? Evidence, string? EvidenceQuote, Span? Cue, string? Predicate, List<string> Quantities);

public sealed record ExpectedQuantity(string Id, string Value, string Unit, string Comparator, string? AltValue, string? AltUnit, Span At);

public sealed record ExpectedDate(string Id, string? Value, string? Start, string? End, string? Mod, string? Rule, Span At);

public sealed record ExpectedEvent(string Id, string Type, List<string> Participants, string? Place, string? When, string? Tense, Span Trigger);

/// <summary>What a generated facts file says: every string as the YAML holds it. <see cref="Verify"/> compares it with the loaded facts.</summary>
public sealed class Expected
{
    public string ArticleId { get; set; } = "";

    public string? Title { get; set; }

    public string Publisher { get; set; } = "";

    public string Published { get; set; } = "";

    public string Language { get; set; } = "en";

    public string? Url { get; set; }

    public string Text { get; set; } = "";

    public List<ExpectedEntity> Entities { get; } = new();

    public List<ExpectedQuote> Quotes { get; } = new();

    public List<ExpectedClaim> Claims { get; } = new();

    public List<ExpectedQuantity> Quantities { get; } = new();

    public List<ExpectedDate> Dates { get; } = new();

    public List<ExpectedEvent> Events { get; } = new();

    /// <summary>Throws, naming the first field that differs, unless <paramref name="sheets"/> is exactly this article.</summary>
    public void Verify(IReadOnlyList<FactSheet> sheets)
    {
        var sheet = sheets.Single();
        var a = sheet.Article;
        Same("article.id", ArticleId, a.Id);
        Same("article.title", Title, a.Title);
        Same("article.publisher", Publisher, a.Publisher.Id);
        Same("article.published", Published, a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Same("article.language", Language, a.Language);
        Same("article.url", Url, a.Url);
        Same("article.text", Text, a.Text);
        Same("entities", string.Join(",", Entities.Select(e => e.Id)), string.Join(",", sheet.Entities.Select(e => e.Id)));
        foreach (var (e, actual) in Entities.Zip(sheet.Entities))
        {
            Same(e.Id + ".type", e.Type, actual.Type.ToString().ToLowerInvariant());
            Same(e.Id + ".name", e.Name, actual.Name);
            Same(e.Id + ".aliases", e.Aliases, actual.Aliases);
            Same(e.Id + ".roles", e.Roles.Select(r => r.Title + "|" + r.Of), actual.Roles.Select(r => r.Title + "|" + r.Of?.Id));
            Same(e.Id + ".part_of", e.PartOf, actual.PartOf?.Id);
            Same(e.Id + ".mentioned", e.Mentioned.ToString(), actual.Mentioned.ToString());
        }

        Same("quotes", string.Join(",", Quotes.Select(q => q.Id)), string.Join(",", sheet.Quotes.Select(q => q.Id)));
        foreach (var (q, actual) in Quotes.Zip(sheet.Quotes))
        {
            Same(q.Id + ".speaker", q.Speaker, actual.Speaker.Id);
            Same(q.Id + ".kind", q.Kind, actual.Kind.ToString().ToLowerInvariant());
            Anchor(q.Id + ".text", q.Text, actual.Anchor, a.Text);
            Anchor(q.Id + ".cue", q.Cue, actual.Cue, a.Text);
        }

        Same("claims", string.Join(",", Claims.Select(c => c.Id)), string.Join(",", sheet.Claims.Select(c => c.Id)));
        foreach (var (c, actual) in Claims.Zip(sheet.Claims))
        {
            Same(c.Id + ".statement", c.Statement, actual.Statement);
            Same(c.Id + ".source", c.Source == "author" ? Publisher : c.Source, actual.Source.Id);
            Same(c.Id + ".is_author", (c.Source == "author").ToString(), actual.IsAuthorVoice.ToString());
            Same(c.Id + ".stance", c.Stance, actual.Stance.ToString().ToLowerInvariant());
            Same(c.Id + ".evidence_quote", c.EvidenceQuote, actual.EvidenceQuote?.Id);
            Anchor(c.Id + ".evidence", c.Evidence ?? Quotes.Single(q => q.Id == c.EvidenceQuote).Text, actual.Evidence, a.Text);
            Anchor(c.Id + ".cue", c.Cue, actual.Cue, a.Text);
            Same(c.Id + ".predicate", c.Predicate, actual.Predicate);
            Same(c.Id + ".quantities", c.Quantities, actual.Quantities.Select(x => x.Id));
        }

        Same("quantities", string.Join(",", Quantities.Select(q => q.Id)), string.Join(",", sheet.Quantities.Select(q => q.Id)));
        foreach (var (q, actual) in Quantities.Zip(sheet.Quantities))
        {
            Same(q.Id + ".value", q.Value, actual.Value.ToString(CultureInfo.InvariantCulture));
            Same(q.Id + ".unit", q.Unit, actual.Unit);
            Same(q.Id + ".comparator", q.Comparator.Replace("_", "", StringComparison.Ordinal), actual.Comparator.ToString().ToLowerInvariant());
            Same(q.Id + ".alt", q.AltValue is null ? null : q.AltValue + " " + q.AltUnit, actual.Alt?.ToString());
            Anchor(q.Id + ".at", q.At, actual.At, a.Text);
        }

        Same("dates", string.Join(",", Dates.Select(d => d.Id)), string.Join(",", sheet.Dates.Select(d => d.Id)));
        foreach (var (d, actual) in Dates.Zip(sheet.Dates))
        {
            Same(d.Id + ".value", d.Value, actual.Value?.ToString());
            Same(d.Id + ".start", d.Start, actual.Start?.ToString());
            Same(d.Id + ".end", d.End, actual.End?.ToString());
            Same(d.Id + ".mod", d.Mod, actual.Mod?.ToString().ToLowerInvariant());
            Same(d.Id + ".rule", d.Rule?.Replace("_", "", StringComparison.Ordinal), actual.Rule?.ToString().ToLowerInvariant());
            Anchor(d.Id + ".at", d.At, actual.At, a.Text);
        }

        Same("events", string.Join(",", Events.Select(e => e.Id)), string.Join(",", sheet.Events.Select(e => e.Id)));
        foreach (var (e, actual) in Events.Zip(sheet.Events))
        {
            Same(e.Id + ".type", e.Type, actual.Type);
            Same(e.Id + ".participants", e.Participants, actual.Participants.Select(p => p.Id));
            Same(e.Id + ".place", e.Place, actual.Place?.Id);
            Same(e.Id + ".when", e.When, actual.When?.Id);
            Same(e.Id + ".tense", e.Tense, actual.Tense?.ToString().ToLowerInvariant());
            Anchor(e.Id + ".trigger", e.Trigger, actual.Trigger, a.Text);
        }
    }

    private static void Anchor(string what, Span? expected, ArticleFacts.Anchor? actual, string text)
    {
        Same(what + " (start)", expected?.Start.ToString(CultureInfo.InvariantCulture), actual?.Start.ToString(CultureInfo.InvariantCulture));
        Same(what, expected?.Exact, actual?.Text);
        if (actual is not null)
        {
            Same(what + " (in the text)", actual.Text, text.Substring(actual.Start, actual.Length));
            var before = text.Substring(0, actual.Start);
            Same(what + " (line)", (before.Count(c => c == '\n') + 1).ToString(CultureInfo.InvariantCulture), actual.Line.ToString(CultureInfo.InvariantCulture));
            Same(what + " (column)", (actual.Start - before.LastIndexOf('\n')).ToString(CultureInfo.InvariantCulture), actual.Column.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Same(string what, IEnumerable<string> expected, IEnumerable<string> actual) =>
        Same(what, string.Join("\u241E", expected), string.Join("\u241E", actual));

    private static void Same(string what, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{what}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    private static string Show(string? value) => value is null ? "null" : Grammar.YamlWriter.DoubleQuoted(value.Length > 300 ? value[..300] + "..." : value);
}
