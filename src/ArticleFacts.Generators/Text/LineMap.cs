using System.Collections.Generic;
using System.Threading;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Text;

/// <summary>Maps offsets of an LF-normalised text to 0-based lines and columns (UTF-16 code units).</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    /// <summary>The line of the last lookup: readers ask for offsets in file order, so the next one is mostly on it or just after it.</summary>
    private int _lastLine;

    public LineMap(string path, string text, CancellationToken cancellationToken = default)
    {
        Path = path;
        TextLength = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Path { get; }

    public int TextLength { get; }

    public (int Line, int Column) Position(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > TextLength)
        {
            offset = TextLength;
        }

        var last = _lastLine;
        if (_lineStarts[last] <= offset && (last + 1 == _lineStarts.Length || offset < _lineStarts[last + 1]))
        {
            return (last, offset - _lineStarts[last]);
        }

        if (last + 2 < _lineStarts.Length && _lineStarts[last + 1] <= offset && offset < _lineStarts[last + 2])
        {
            _lastLine = last + 1;
            return (last + 1, offset - _lineStarts[last + 1]);
        }

        var lo = 0;
        var hi = _lineStarts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        _lastLine = lo;
        return (lo, offset - _lineStarts[lo]);
    }

    public LocationInfo Location(int start, int end)
    {
        if (end < start)
        {
            end = start;
        }

        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new LocationInfo(Path, start, end - start, line, column, endLine, endColumn);
    }
}
