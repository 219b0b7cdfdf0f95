using System;

namespace ArticleFacts;

/// <summary>
/// Where a fact sits in the article: a span of the normalised article text (BOM dropped, line
/// endings LF). Offsets are UTF-16 code units, 0-based and end-exclusive; line and column are
/// 1-based, the column counted in UTF-16 code units.
/// <c>Article.Text.Substring(Start, Length) == Text</c> always holds.
/// </summary>
public sealed record Anchor
{
    /// <summary>Creates an anchor.</summary>
    public Anchor(int start, int length, int line, int column, string text)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        if (line < 1) throw new ArgumentOutOfRangeException(nameof(line));
        if (column < 1) throw new ArgumentOutOfRangeException(nameof(column));
        ArgumentNullException.ThrowIfNull(text);
        (Start, Length, Line, Column, Text) = (start, length, line, column, text);
    }

    /// <summary>Offset of the first UTF-16 code unit, 0-based.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last code unit (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Start"/>, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>The anchored text, exactly as it appears in the article.</summary>
    public string Text { get; }

    /// <summary><c>line:column</c> followed by the quoted text.</summary>
    public override string ToString() => $"{Line}:{Column} \"{Text}\"";
}
