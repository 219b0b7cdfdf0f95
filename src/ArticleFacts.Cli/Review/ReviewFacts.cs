using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Review;

/// <summary>A fact as the review page shows it: kind, id, a one-line title, and label/value rows.</summary>
internal sealed record ReviewFact(string Kind, string Id, string Title, IReadOnlyList<KeyValuePair<string, string>> Rows);

/// <summary>
/// The facts of a page and the marks that anchor them: quotes, claim evidence, quantities, dates, event triggers,
/// entity mentions (every whole-word occurrence of a mentioned entity's name or alias in the body), diagnostics of the text.
/// </summary>
internal sealed class ReviewFacts
{
    public List<ReviewFact> Facts { get; } = new();

    /// <summary>The marks of <paramref name="sheet"/>, each pointing into <see cref="Facts"/>.</summary>
    public List<ReviewMark> Add(FactSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var marks = new List<ReviewMark>();
        foreach (var q in sheet.Quotes)
        {
            Mark(marks, q.Anchor, "quote", q.Id, $"\u201C{q.Text}\u201D \u2014 {q.Speaker.Name}",
                Row("speaker", q.Speaker.Name), Row("kind", Format.Spaced(q.Kind.ToString())), Row("cue", q.Cue?.Text), Row("at", Format.Position(q.Anchor)));
        }

        foreach (var c in sheet.Claims)
        {
            Mark(marks, c.Evidence, "claim", c.Id, c.Statement,
                Row("source", c.Source.Name + (c.IsAuthorVoice ? " (the article's own voice)" : string.Empty)), Row("stance", Format.Spaced(c.Stance.ToString())),
                Row("cue", c.Cue?.Text), Row("evidence", c.Evidence.Text), Row("when", c.When is null ? null : Format.Iso(c.When)), Row("at", Format.Position(c.Evidence)));
        }

        foreach (var q in sheet.Quantities)
        {
            var comparator = Format.Words(q.Comparator);
            Mark(marks, q.At, "quantity", q.Id, (comparator.Length == 0 ? string.Empty : comparator + " ") + Format.Amount(q.Value, q.Unit),
                Row("value", Format.Number(q.Value)), Row("unit", q.Unit), Row("comparator", comparator.Length == 0 ? "exact" : comparator),
                Row("alternative", q.Alt is null ? null : Format.Amount(q.Alt.Value, q.Alt.Unit)), Row("at", Format.Position(q.At)));
        }

        foreach (var d in sheet.Dates)
        {
            Mark(marks, d.At, "date", d.Id, Format.Iso(d) + " \u00AB" + d.At.Text + "\u00BB",
                Row("value", Format.Iso(d)), Row("rule", d.Rule is { } rule ? Format.Words(rule) : null), Row("modifier", d.Mod is { } mod ? Format.Words(mod) : null),
                Row("at", Format.Position(d.At)));
        }

        foreach (var e in sheet.Events)
        {
            Mark(marks, e.Trigger, "event", e.Id, Format.Spaced(e.Type) + ": " + e.Trigger.Text,
                Row("type", e.Type), Row("participants", e.Participants.IsEmpty ? null : string.Join(", ", e.Participants.Select(p => p.Name))),
                Row("place", e.Place?.Name), Row("when", e.When is null ? null : Format.Iso(e.When)), Row("tense", e.Tense?.ToString().ToLowerInvariant()),
                Row("at", Format.Position(e.Trigger)));
        }

        foreach (var entity in sheet.Entities.Where(e => e.Mentioned))
        {
            var fact = Fact("entity", entity.Id, $"{entity.Name} ({Format.Spaced(entity.Type.ToString())})",
                Row("type", Format.Spaced(entity.Type.ToString())), Row("aliases", entity.Aliases.IsEmpty ? null : string.Join(", ", entity.Aliases)),
                Row("roles", entity.Roles.IsEmpty ? null : string.Join("; ", entity.Roles.Select(r => r.ToString()))), Row("part of", entity.PartOf?.Name));
            var body = sheet.Article.Body;
            foreach (var (start, length) in Mentions(sheet.Article.Text, body.Start, body.End, entity.Aliases.Prepend(entity.Name)))
            {
                marks.Add(new ReviewMark(start, start + length, "entity", fact));
            }
        }

        return marks;
    }

    /// <summary>A mark for each finding located in the article text (<paramref name="textPath"/>), at its line and column.</summary>
    public List<ReviewMark> Add(IEnumerable<CheckFinding> findings, string textPath, string text)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(int line, int column) => line < 1 || line > lineStarts.Count ? text.Length : Math.Min(text.Length, lineStarts[line - 1] + column - 1);

        var marks = new List<ReviewMark>();
        foreach (var f in findings.Where(f => string.Equals(f.Path, textPath, StringComparison.Ordinal)))
        {
            var start = Offset(f.Line, f.Column);
            var end = Math.Max(Offset(f.EndLine, f.EndColumn), Math.Min(start + 1, text.Length));
            var fact = Fact("diagnostic", f.Id, $"{(f.Severity == CheckSeverity.Error ? "error" : "warning")} {f.Id}: {f.Message}",
                Row("at", $"{f.Path}({f.Line},{f.Column})"), Row("message", f.Message));
            marks.Add(new ReviewMark(start, end, "diagnostic", fact));
        }

        return marks;
    }

    /// <summary>Every whole-word occurrence of <paramref name="names"/> between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static IEnumerable<(int Start, int Length)> Mentions(string text, int from, int to, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            for (var i = text.IndexOf(name, from, StringComparison.Ordinal); i >= 0 && i + name.Length <= to; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
                var after = i + name.Length >= text.Length || !char.IsLetterOrDigit(text[i + name.Length]);
                if (before && after)
                {
                    yield return (i, name.Length);
                }
            }
        }
    }

    private static KeyValuePair<string, string>? Row(string label, string? value) => value is null ? null : new(label, value);

    private int Fact(string kind, string id, string title, params KeyValuePair<string, string>?[] rows)
    {
        Facts.Add(new ReviewFact(kind, id, title, rows.OfType<KeyValuePair<string, string>>().ToList()));
        return Facts.Count - 1;
    }

    private void Mark(List<ReviewMark> marks, Anchor anchor, string kind, string id, string title, params KeyValuePair<string, string>?[] rows) =>
        marks.Add(new ReviewMark(anchor.Start, anchor.End, kind, Fact(kind, id, title, rows)));
}
