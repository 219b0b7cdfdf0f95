using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>The helpful part of anchor diagnostics: the nearest candidate, and a context that disambiguates.</summary>
internal static class AnchorHints
{
    /// <summary>Describes the nearest candidate in the body for an anchor that was not found.</summary>
    public static string NearMiss(ArticleTextIndex index, string exact, string? prefix, string? suffix)
    {
        var text = index.Text;
        var exactMatches = index.FindAll(exact).Where(s => index.InBody(s, s + exact.Length)).ToList();
        if (exactMatches.Count > 0 && (prefix is not null || suffix is not null))
        {
            return $"; the exact text occurs at {string.Join(", ", exactMatches.Take(5).Select(index.Display))}, but not with the given prefix/suffix around it";
        }

        var body = text.Substring(index.BodyStart, index.BodyEnd - index.BodyStart);
        var foldedBody = Fold(body, out var map, index.CancellationToken);
        var foldedExact = Fold(exact, out _, index.CancellationToken);
        var at = foldedExact.Length == 0 ? -1 : foldedBody.IndexOf(foldedExact, StringComparison.Ordinal);
        if (at >= 0)
        {
            var start = index.BodyStart + map[at];
            var end = index.BodyStart + map[at + foldedExact.Length - 1] + 1;
            var candidate = text.Substring(start, end - start);
            return $"; nearest candidate \"{MessageText.Shorten(candidate)}\" at {index.Display(start)} differs in {Differences(exact, candidate)}";
        }

        var words = exact.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var take = words.Length - 1; take >= 1; take--)
        {
            var head = string.Join(" ", words.Take(take));
            var found = body.IndexOf(head, StringComparison.Ordinal);
            if (found >= 0 && head.Length >= 3)
            {
                return $"; the body has \"{MessageText.Shorten(head)}\" at {index.Display(index.BodyStart + found)}, but not what follows it: \"{MessageText.Shorten(string.Join(" ", words.Skip(take)))}\"";
            }
        }

        return "; copy the words exactly from the article";
    }

    /// <summary>For each of the first matches, the shortest whole-word prefix or suffix that picks it alone.</summary>
    public static string Disambiguate(ArticleTextIndex index, List<int> matches, string exact, string? prefix, string? suffix)
    {
        var hints = new List<string>();
        foreach (var match in matches.Take(3))
        {
            var option = UniqueContext(index, matches, match, exact, prefix, suffix);
            if (option is not null)
            {
                hints.Add($"{option} picks {index.Display(match)}");
            }
        }

        return hints.Count == 0 ? "; lengthen the exact text" : "; " + string.Join(", ", hints);
    }

    private static string? UniqueContext(ArticleTextIndex index, List<int> matches, int match, string exact, string? prefix, string? suffix)
    {
        var text = index.Text;
        for (var words = 1; words <= 8; words++)
        {
            var options = new List<string>();
            var before = WordStart(text, match - (prefix?.Length ?? 0), words, index.BodyStart);
            var candidatePrefix = text.Substring(before, match - before);
            if (candidatePrefix.Length > 0 && matches.Count(m => index.HasContext(m, m + exact.Length, candidatePrefix, suffix)) == 1)
            {
                options.Add($"prefix: \"{candidatePrefix}\"");
            }

            var end = match + exact.Length;
            var after = WordEnd(text, end + (suffix?.Length ?? 0), words, index.BodyEnd);
            var candidateSuffix = text.Substring(end, after - end);
            if (candidateSuffix.Length > 0 && matches.Count(m => index.HasContext(m, m + exact.Length, prefix, candidateSuffix)) == 1)
            {
                options.Add($"suffix: \"{candidateSuffix}\"");
            }

            // Prefer context without quotation marks (easier to write in YAML), then the shorter.
            var best = options.OrderBy(o => o.Substring(8).Count(IsQuote) > 2 ? 1 : 0).ThenBy(o => o.Length).FirstOrDefault();
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static int WordStart(string text, int from, int words, int limit)
    {
        var at = from;
        for (var w = 0; w < words && at > limit; w++)
        {
            while (at > limit && char.IsWhiteSpace(text[at - 1]) && text[at - 1] != '\n')
            {
                at--;
            }

            while (at > limit && !char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        return Math.Max(at, limit);
    }

    private static int WordEnd(string text, int from, int words, int limit)
    {
        var at = from;
        for (var w = 0; w < words && at < limit; w++)
        {
            while (at < limit && char.IsWhiteSpace(text[at]) && text[at] != '\n')
            {
                at++;
            }

            while (at < limit && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        return Math.Min(at, limit);
    }

    private static string Differences(string wanted, string found)
    {
        var kinds = new List<string>();
        if (!wanted.Where(IsQuote).SequenceEqual(found.Where(IsQuote)))
        {
            kinds.Add("quote style (straight vs curly quotes or apostrophes)");
        }

        if (!wanted.Where(char.IsWhiteSpace).SequenceEqual(found.Where(char.IsWhiteSpace)))
        {
            kinds.Add("whitespace");
        }

        if (Strip(FoldQuotes(wanted), char.IsWhiteSpace) != Strip(FoldQuotes(found), char.IsWhiteSpace))
        {
            kinds.Add("case");
        }

        return kinds.Count == 0 ? "its characters" : string.Join(" and ", kinds);
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static char FoldQuote(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' => '\'',
        _ => c,
    };

    private static string FoldQuotes(string s) => new(s.Select(FoldQuote).ToArray());

    private static string Strip(string s, Func<char, bool> drop) => new(s.Where(c => !drop(c)).ToArray());

    /// <summary>Folds case, quote style and whitespace runs; <paramref name="map"/> gives each folded char's source offset.</summary>
    private static string Fold(string text, out int[] map, System.Threading.CancellationToken cancellationToken)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        var lastWasSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    offsets.Add(i);
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(char.ToUpperInvariant(FoldQuote(c)));
            offsets.Add(i);
        }

        map = offsets.ToArray();
        return builder.ToString();
    }
}
