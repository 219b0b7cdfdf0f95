using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Review;

/// <summary>A highlighted range of the text: UTF-16 offsets <see cref="Start"/> to <see cref="End"/> (exclusive), the fact it shows, its kind.</summary>
internal readonly record struct ReviewMark(int Start, int End, string Kind, int Fact)
{
    public int Length => End - Start;
}

/// <summary>A run of text covered by the same marks, innermost (shortest) first; none for plain text.</summary>
internal sealed record Segment(int Start, int End, IReadOnlyList<ReviewMark> Marks);

/// <summary>Cuts a range of text into segments at every mark boundary, so overlapping and nested marks become flat runs.</summary>
internal static class Segmenter
{
    /// <summary>
    /// The segments of <paramref name="text"/> from <paramref name="from"/> to <paramref name="to"/>, in order and without gaps.
    /// Marks are clipped to the range; a boundary inside a surrogate pair moves past the pair, so no segment splits a character.
    /// </summary>
    public static List<Segment> Split(string text, int from, int to, IEnumerable<ReviewMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clipped = new List<ReviewMark>();
        foreach (var m in marks)
        {
            var start = Snap(text, Math.Clamp(m.Start, from, to));
            var end = Snap(text, Math.Clamp(m.End, from, to));
            if (start < end)
            {
                clipped.Add(m with { Start = start, End = end });
            }
        }

        var points = clipped.SelectMany(m => new[] { m.Start, m.End }).Append(from).Append(to).Distinct().Order().ToList();
        var byStart = clipped.OrderBy(m => m.Start).ThenByDescending(m => m.Length).ToList();
        var active = new List<ReviewMark>();
        var segments = new List<Segment>(points.Count);
        var next = 0;
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (p, q) = (points[i], points[i + 1]);
            active.RemoveAll(m => m.End <= p);
            while (next < byStart.Count && byStart[next].Start <= p)
            {
                active.Add(byStart[next++]);
            }

            segments.Add(new Segment(p, q, active.Count == 0 ? Array.Empty<ReviewMark>() : active.OrderBy(m => m.Length).ThenBy(m => m.Fact).ToArray()));
        }

        return segments;
    }

    /// <summary>An offset moved off the low half of a surrogate pair.</summary>
    private static int Snap(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]) ? offset + 1 : offset;
}
