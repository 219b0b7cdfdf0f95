using System;
using System.Collections.Generic;

namespace ArticleFacts.Cli.Init;

/// <summary>Word lists of the guessers, written as one line of space-separated words per label.</summary>
internal static class Lexicon
{
    /// <summary>Each word of each group to its group's label (<c>("denied", "denied denies")</c>).</summary>
    public static Dictionary<string, string> Map(params (string Label, string Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, list) in groups)
        {
            foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = label;
            }
        }

        return map;
    }
}
