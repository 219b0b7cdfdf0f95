using System;
using System.Text.RegularExpressions;

namespace ArticleFacts.Cli.Init;

/// <summary>
/// Guesses where the article body ends: the first line (after the first) that opens like the
/// boilerplate news sites append (an appeal, a subscription box, related links, a copyright line),
/// and the publisher such a line names.
/// </summary>
internal static partial class BodyMarkers
{
    private static readonly string[] Openings =
    {
        "A Message from", "A message from", "Subscribe", "Support our journalism", "Support independent", "Support the ", "Related:", "Related articles",
        "Read more", "Read also", "More from", "Copyright", "\u00A9", "(c) ", "Sign up", "Share this", "Follow us", "Advertisement",
        "Newsletter", "Join our", "Donate", "This article was", "All rights reserved", "Dear readers",
    };

    /// <summary>The offset of the first boilerplate line and its text (the whole line), or null.</summary>
    public static (int Offset, string Line)? EndMarker(string text)
    {
        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        for (var start = firstBreak + 1; firstBreak >= 0 && start < text.Length; start = text.IndexOf('\n', start) + 1)
        {
            var end = text.IndexOf('\n', start);
            var line = text[start..(end < 0 ? text.Length : end)].TrimEnd();
            if (Array.Exists(Openings, o => line.StartsWith(o, StringComparison.Ordinal)) && line.Length > 0)
            {
                return (start, line);
            }

            if (end < 0)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The publisher a boilerplate line names: "A Message from The Moscow Times:", "\u00A9 2024 Acme News", "Subscribe to the Harbour Gazette".</summary>
    public static string? Publisher(string line)
    {
        var match = PublisherPattern().Match(line);
        return match.Success ? match.Groups["name"].Value.TrimEnd('.') : null;
    }

    /// <summary>The publisher named by the first line, from <paramref name="from"/> on, that names one (the closing boilerplate), or null.</summary>
    public static string? PublisherAfter(string text, int from)
    {
        foreach (var line in text[from..].Split('\n'))
        {
            if (Publisher(line.Trim()) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    // An opening, then a name: capitalised words, joined by single spaces, "of", "the", "and" or "&" (The Moscow Times, Harbour Gazette).
    [GeneratedRegex(@"^(?:A [Mm]essage from|Copyright|\u00A9|\(c\)|Subscribe to|Support|Donate to|Read more from|More from)\s*(?:\u00A9\s*)?(?:[0-9]{4}\s*)?(?:the\s+)?(?<name>" + Name + @"(?: (?:(?:of|the|and|&) )?" + Name + @")*)", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherPattern();

    private const string Name = @"\p{Lu}(?:[\p{L}\p{M}&'\u2019-]|\.(?=\p{L}))*";
}
