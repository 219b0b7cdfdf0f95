using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>An anchored span of the generated article: its offset, and the YAML that finds it exactly once.</summary>
public sealed class Span
{
    public Span(int start, string exact)
    {
        Start = start;
        Exact = exact;
    }

    public int Start { get; }

    public string Exact { get; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }
}

/// <summary>
/// Builds an article text sentence by sentence, remembering the spans facts anchor to. Each sentence starts with
/// a numbered mark (<c>§12</c>) that generated strings never contain, so a context that makes an anchor unique
/// can always be found.
/// </summary>
public sealed class ArticleText
{
    private readonly StringBuilder _text = new();
    private readonly List<Span> _spans = new();
    private int _sentences;

    public string Text => _text.ToString();

    /// <summary>Starts a sentence.</summary>
    public ArticleText Sentence()
    {
        if (_text.Length > 0)
        {
            _text.Append(_sentences % 4 == 3 ? "\n" : " ");
        }

        _text.Append('\u00A7').Append(++_sentences).Append(' ');
        return this;
    }

    public ArticleText Add(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>Appends <paramref name="exact"/> and returns the span a fact anchors to.</summary>
    public Span Anchor(string exact)
    {
        var span = new Span(_text.Length, exact);
        _text.Append(exact);
        _spans.Add(span);
        return span;
    }

    /// <summary>Gives each span whose exact text occurs elsewhere (overlapping matches count) the shortest prefix, else suffix, that picks it alone.</summary>
    public void Disambiguate(Rng rng)
    {
        var text = Text;
        foreach (var span in _spans)
        {
            var matches = FindAll(text, span.Exact);
            if (matches.Count == 1)
            {
                continue;
            }

            var preferSuffix = rng.Chance(30);
            for (var length = 1; length <= text.Length; length++)
            {
                if (preferSuffix && TryContext(text, span, matches, length, suffix: true))
                {
                    break;
                }

                if (TryContext(text, span, matches, length, suffix: false) || (!preferSuffix && TryContext(text, span, matches, length, suffix: true)))
                {
                    break;
                }
            }

            if (span.Prefix is null && span.Suffix is null)
            {
                throw new InvalidOperationException($"No context makes \"{span.Exact}\" unique.");
            }
        }
    }

    private static bool TryContext(string text, Span span, List<int> matches, int length, bool suffix)
    {
        var end = span.Start + span.Exact.Length;
        if (suffix ? end + length > text.Length : span.Start - length < 0)
        {
            return false;
        }

        var context = suffix ? text.Substring(end, length) : text.Substring(span.Start - length, length);
        if (suffix ? char.IsHighSurrogate(context[^1]) : char.IsLowSurrogate(context[0]))
        {
            return false; // YAML cannot hold half a surrogate pair
        }

        var count = 0;
        foreach (var m in matches)
        {
            var ok = suffix
                ? m + span.Exact.Length + length <= text.Length && string.CompareOrdinal(text, m + span.Exact.Length, context, 0, length) == 0
                : m >= length && string.CompareOrdinal(text, m - length, context, 0, length) == 0;
            count += ok ? 1 : 0;
        }

        if (count != 1)
        {
            return false;
        }

        if (suffix)
        {
            span.Suffix = context;
        }
        else
        {
            span.Prefix = context;
        }

        return true;
    }

    public static List<int> FindAll(string text, string value)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = at + 1 < text.Length ? text.IndexOf(value, at + 1, StringComparison.Ordinal) : -1)
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary>The YAML of a span's anchor, decided when written (after <see cref="Disambiguate"/>).</summary>
    public static YNode Yaml(Span span, Rng rng) => new YAnchor(span, rng.Chance(80));
}
