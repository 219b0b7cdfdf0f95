using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>
/// Writes a <see cref="FactSet"/> as a facts file. Each anchor is written as its exact text when that
/// occurs once in the article, else with the shortest whole-word prefix or suffix that makes it unique.
/// </summary>
public sealed class FactsYamlWriter
{
    private readonly string _text;
    private readonly StringBuilder _yaml = new();

    private FactsYamlWriter(string text) => _text = text;

    /// <summary>The article header: every value already text, in the order the format lists them.</summary>
    public sealed record Header(string Id, string Title, string Publisher, string Published, string Url, string EndBefore);

    public static string Write(Header header, FactSet facts, string text)
    {
        var writer = new FactsYamlWriter(text);
        writer.Document(header, facts);
        return writer._yaml.ToString();
    }

    private void Document(Header header, FactSet facts)
    {
        Line(0, "schema: articlefacts/1");
        Line(0, "");
        Line(0, "article:");
        Line(1, "id: " + header.Id);
        Line(1, "title: " + Quoted(header.Title));
        Line(1, "publisher: " + header.Publisher);
        Line(1, "published: " + Quoted(header.Published));
        Line(1, "language: en");
        Line(1, "url: " + Quoted(header.Url));
        Line(1, "body:");
        Line(2, "end_before: " + Quoted(header.EndBefore));
        Section("entities", facts.Entities, Entity);
        Section("events", facts.Events, Event);
        Section("claims", facts.Claims, Claim);
        Section("quotes", facts.Quotes, Quote);
        Section("quantities", facts.Quantities, Quantity);
        Section("dates", facts.Dates, Date);
    }

    private void Section<T>(string name, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        Line(0, "");
        Line(0, name + ":");
        foreach (var item in items)
        {
            write(item);
        }
    }

    private void Entity(EntityFact e)
    {
        Line(1, e.Id + ":");
        Line(2, "type: " + e.Type);
        Line(2, "name: " + Quoted(e.Name));
        if (e.Aliases.Count > 0)
        {
            Line(2, "aliases: " + List(e.Aliases.Select(Quoted)));
        }

        if (e.Roles.Count > 0)
        {
            Line(2, "roles:");
            foreach (var (title, of) in e.Roles)
            {
                Line(3, "- title: " + Quoted(title));
                Line(3, "  of: " + of);
            }
        }

        Optional(2, "part_of", e.PartOf);
        if (!e.Mentioned)
        {
            Line(2, "mentioned: false");
        }
    }

    private void Event(EventFact e)
    {
        Line(1, e.Id + ":");
        Line(2, "type: " + e.Type);
        Line(2, "trigger: " + Anchor(e.Trigger));
        Line(2, "participants: " + List(e.Participants));
        Optional(2, "place", e.Place);
        Optional(2, "when", e.When);
        Line(2, "tense: " + e.Tense);
    }

    private void Claim(ClaimFact c)
    {
        Line(1, c.Id + ":");
        Line(2, "statement: " + Quoted(c.Statement));
        Line(2, "source: " + c.Source);
        Line(2, "stance: " + c.Stance);
        Line(2, "evidence: " + (c.EvidenceQuote is null ? Anchor(c.Evidence!.Value) : "{quote: " + c.EvidenceQuote + "}"));
        if (c.Cue is { } cue)
        {
            Line(2, "cue: " + Anchor(cue));
        }

        Optional(2, "about", c.About);
        Optional(2, "subject", c.Subject);
        Optional(2, "object", c.Object);
        Line(2, "predicate: " + c.Predicate);
        Optional(2, "when", c.When);
        if (c.Quantities.Count > 0)
        {
            Line(2, "quantities: " + List(c.Quantities));
        }
    }

    private void Quote(QuoteFact q)
    {
        Line(1, q.Id + ":");
        Line(2, "text: " + Anchor(q.Text));
        Line(2, "speaker: " + q.Speaker);
        Line(2, "kind: " + q.Kind);
        if (q.Cue is { } cue)
        {
            Line(2, "cue: " + Anchor(cue));
        }
    }

    private void Quantity(QuantityFact q)
    {
        Line(1, q.Id + ":");
        Line(2, "at: " + Anchor(q.At));
        Line(2, "value: " + q.Value);
        Line(2, "unit: " + Quoted(q.Unit));
        Line(2, "comparator: " + q.Comparator);
        if (q.Alt is { } alt)
        {
            Line(2, $"alt: {{value: {alt.Value}, unit: {Quoted(alt.Unit)}}}");
        }
    }

    private void Date(DateFact d)
    {
        Line(1, d.Id + ":");
        Line(2, "at: " + Anchor(d.At));
        if (d.Value is not null)
        {
            Line(2, "value: " + Quoted(d.Value));
        }
        else
        {
            Line(2, "start: " + Quoted(d.Start!));
            Line(2, "end: " + Quoted(d.End!));
        }

        Optional(2, "mod", d.Mod);
        Optional(2, "rule", d.Rule);
    }

    private void Optional(int indent, string key, string? value)
    {
        if (value is not null)
        {
            Line(indent, key + ": " + value);
        }
    }

    private void Line(int indent, string text) => _yaml.Append(' ', indent * 2).Append(text).Append('\n');

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";

    /// <summary>A double-quoted YAML scalar.</summary>
    public static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    private string Anchor(Span span)
    {
        var (exact, prefix, suffix) = Disambiguate(_text, span);
        if (prefix is null && suffix is null)
        {
            return Quoted(exact);
        }

        return "{exact: " + Quoted(exact) + (prefix is null ? string.Empty : ", prefix: " + Quoted(prefix)) + (suffix is null ? string.Empty : ", suffix: " + Quoted(suffix)) + "}";
    }

    /// <summary>The exact text of <paramref name="span"/>, with the shortest whole-word context that makes it match once.</summary>
    public static (string Exact, string? Prefix, string? Suffix) Disambiguate(string text, Span span)
    {
        var exact = text.Substring(span.Start, span.Length);
        if (Occurrences(text, exact) == 1)
        {
            return (exact, null, null);
        }

        var before = span.Start;
        var after = span.Start + span.Length;
        while (before > 0 || after < text.Length)
        {
            before = before > 0 ? text.LastIndexOf(' ', Math.Max(before - 2, 0)) + 1 : 0;
            var prefix = text.Substring(before, span.Start - before);
            if (Occurrences(text, prefix + exact) == 1)
            {
                return (exact, prefix, null);
            }

            var space = after < text.Length ? text.IndexOf(' ', Math.Min(after + 1, text.Length - 1)) : -1;
            after = space < 0 ? text.Length : space;
            var suffix = text.Substring(span.Start + span.Length, after - span.Start - span.Length);
            if (Occurrences(text, exact + suffix) == 1)
            {
                return (exact, null, suffix);
            }
        }

        throw new InvalidOperationException($"The anchor \"{exact}\" cannot be made unique");
    }

    /// <summary>How often <paramref name="value"/> occurs in <paramref name="text"/>, overlapping matches included.</summary>
    public static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
