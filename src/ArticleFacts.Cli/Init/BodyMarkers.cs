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
        "A Message from", "A message from", "Subscribe", "Support our journalism", "Support independent", "Related:", "Related articles",
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

    /// <summary>The publisher a boilerplate line names: "A Message from The Moscow Times:", "© 2024 Acme News".</summary>
    public static string? Publisher(string line)
    {
        var match = PublisherPattern().Match(line);
        return match.Success ? match.Groups["name"].Value.Trim().TrimEnd('.', ':', ',').Trim() : null;
    }

    [GeneratedRegex(@"^(?:A [Mm]essage from|Copyright|\u00A9|\(c\))\s*(?:\u00A9\s*)?(?:[0-9]{4}\s*)?(?<name>\p{Lu}[\p{L}\p{M}&'. -]{1,60}?)\s*(?:[.:,]|All rights reserved|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherPattern();
}
