using System.Collections.Generic;
using System.Threading;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// The normalised article text, its line map and its body. The body is fixed at construction: the whole text, or the
/// part between the body markers (<see cref="WithBody"/>, which shares the line map).
/// </summary>
internal sealed class ArticleTextIndex(string text, LineMap lines, int bodyStart, int bodyEnd, CancellationToken cancellationToken)
{
    public ArticleTextIndex(string path, string text, CancellationToken cancellationToken = default)
        : this(text, new LineMap(path, text, cancellationToken), 0, text.Length, cancellationToken)
    {
    }

    public string Text { get; } = text;

    /// <summary>The validation's token: every loop over the text observes it.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    public LineMap Lines { get; } = lines;

    public int BodyStart { get; } = bodyStart;

    public int BodyEnd { get; } = bodyEnd;

    /// <summary>The same text with the body from <paramref name="start"/> to <paramref name="end"/> (offsets in the text).</summary>
    public ArticleTextIndex WithBody(int start, int end) => new(Text, Lines, start, end, CancellationToken);

    public AnchorModel Body => Anchor(BodyStart, BodyEnd - BodyStart);

    public bool InBody(int start, int end) => start >= BodyStart && end <= BodyEnd;

    public AnchorModel Anchor(int start, int length)
    {
        var (line, column) = Lines.Position(start);
        return new AnchorModel(start, length, line + 1, column + 1, Text.Substring(start, length));
    }

    /// <summary>1-based <c>line:column</c> of an offset.</summary>
    public string Display(int offset)
    {
        var (line, column) = Lines.Position(offset);
        return MessageText.Position(line, column);
    }

    /// <summary>Every start offset of <paramref name="value"/> in the whole text, overlapping matches included.</summary>
    public List<int> FindAll(string value)
    {
        var found = new List<int>();
        if (value.Length == 0)
        {
            return found;
        }

        var at = Text.IndexOf(value, 0, System.StringComparison.Ordinal);
        while (at >= 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
            found.Add(at);
            at = at + 1 < Text.Length ? Text.IndexOf(value, at + 1, System.StringComparison.Ordinal) : -1;
        }

        return found;
    }

    /// <summary>
    /// The start of the one match in the body (with its context), or null when there is none or more than one: the
    /// common case, found without allocating; the caller then explains what is wrong from <see cref="FindAll"/>.
    /// </summary>
    public int? FindOnlyInBody(string value, string? prefix, string? suffix)
    {
        if (value.Length == 0 || value.Length > BodyEnd - BodyStart)
        {
            return null;
        }

        int? only = null;
        var last = BodyEnd - value.Length;
        for (var at = Text.IndexOf(value, BodyStart, BodyEnd - BodyStart, System.StringComparison.Ordinal); at >= 0; at = at < last ? Text.IndexOf(value, at + 1, BodyEnd - at - 1, System.StringComparison.Ordinal) : -1)
        {
            CancellationToken.ThrowIfCancellationRequested();
            if (HasContext(at, at + value.Length, prefix, suffix))
            {
                if (only is not null)
                {
                    return null;
                }

                only = at;
            }
        }

        return only;
    }

    /// <summary>Whether <paramref name="prefix"/> ends at <paramref name="start"/> and <paramref name="suffix"/> starts at <paramref name="end"/>.</summary>
    public bool HasContext(int start, int end, string? prefix, string? suffix) =>
        (prefix is null || (start >= prefix.Length && string.CompareOrdinal(Text, start - prefix.Length, prefix, 0, prefix.Length) == 0))
        && (suffix is null || (end + suffix.Length <= Text.Length && string.CompareOrdinal(Text, end, suffix, 0, suffix.Length) == 0));
}
