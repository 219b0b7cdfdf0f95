using System.Linq;
using ArticleFacts.Cli.Review;

namespace ArticleFacts.Cli.Tests;

/// <summary>Flat runs from overlapping marks.</summary>
public class SegmenterTests
{
    [Fact]
    public void Overlapping_and_nested_marks_become_flat_runs_without_gaps()
    {
        const string text = "abcdefghij";
        var marks = new[] { new ReviewMark(1, 6, "claim", 0), new ReviewMark(3, 9, "quote", 1), new ReviewMark(4, 5, "date", 2) };
        var segments = Segmenter.Split(text, 0, text.Length, marks);
        Assert.Equal(
            new[] { "a:", "bc:0", "d:0 1", "e:2 0 1", "f:0 1", "ghi:1", "j:" },
            segments.Select(s => text[s.Start..s.End] + ":" + string.Join(' ', s.Marks.Select(m => m.Fact))));
    }

    [Fact]
    public void Marks_are_clipped_to_the_range_and_never_split_a_surrogate_pair()
    {
        const string text = "a\U0001F680b";
        // A mark ending between the halves of U+1F680 ends after it; one outside the range is dropped.
        var segments = Segmenter.Split(text, 0, 3, new[] { new ReviewMark(0, 2, "quote", 0), new ReviewMark(3, 4, "date", 1) });
        Assert.Equal(new[] { (0, 3, 1) }, segments.Select(s => (s.Start, s.End, s.Marks.Count)));
    }
}
