using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>Random damage to a valid file: lines deleted, duplicated or swapped; characters deleted, duplicated, swapped or inserted.</summary>
public static class Mutations
{
    /// <summary>Applies one to four random mutations to <paramref name="text"/>.</summary>
    public static string Mutate(Rng rng, string text)
    {
        for (var n = rng.Int(1, 4); n > 0; n--)
        {
            text = rng.Int(8) switch
            {
                0 => Lines(text, lines => lines.RemoveAt(rng.Int(lines.Count))),
                1 => Lines(text, lines => { var i = rng.Int(lines.Count); lines.Insert(i, lines[i]); }),
                2 => Lines(text, lines => { var (i, j) = (rng.Int(lines.Count), rng.Int(lines.Count)); (lines[i], lines[j]) = (lines[j], lines[i]); }),
                3 => Chars(text, rng, (s, i) => s.Remove(i, 1)),
                4 => Chars(text, rng, (s, i) => s.Insert(i, s[i].ToString())),
                5 => Chars(text, rng, (s, i) => i + 1 < s.Length ? s.Substring(0, i) + s[i + 1] + s[i] + s.Substring(i + 2) : s),
                6 => Chars(text, rng, (s, i) => s.Insert(i, rng.Pick(Strings.Specials))),
                _ => Chars(text, rng, (s, i) => s.Insert(i, rng.Pick(Inserts))),
            };
        }

        return text;
    }

    /// <summary>What an editor or a bad merge leaves behind.</summary>
    private static readonly string[] Inserts = { ":", "-", " ", "  ", "\n", "\r\n", "\r", "\t", "[", "]", "{", "}", "'", "\"", "&x ", "*x", "!!str ", "? ", "#", "|", ">", "%YAML 1.2\n", "---\n", "...\n", "\uFEFF", "\uFFFD", "\0", "\uD800" };

    private static string Lines(string text, Action<List<string>> edit)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return string.Join("\n", lines);
    }

    private static string Chars(string text, Rng rng, Func<string, int, string> edit) => text.Length == 0 ? text : edit(text, rng.Int(text.Length));
}
