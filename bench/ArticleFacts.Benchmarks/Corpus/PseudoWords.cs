using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>A deterministic pseudo-random source (SplitMix64): the same seed gives the same corpus on every runtime.</summary>
public sealed class Prng
{
    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

/// <summary>Invented proper names (people, places, projects) that are unique within one article.</summary>
public sealed class PseudoWords
{
    private static readonly string[] Onsets = { "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh" };
    private static readonly string[] Vowels = { "a", "e", "i", "o", "u", "ai", "ei", "ou" };
    private static readonly string[] Codas = { "", "", "", "n", "r", "l", "s", "k", "m" };

    private readonly Prng _random;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public PseudoWords(Prng random) => _random = random;

    /// <summary>A capitalised word of two or three syllables, never returned before by this instance.</summary>
    public string Next(string ending = "")
    {
        while (true)
        {
            var builder = new StringBuilder();
            var syllables = 2 + _random.Next(2);
            for (var i = 0; i < syllables; i++)
            {
                builder.Append(_random.Pick(Onsets)).Append(_random.Pick(Vowels));
            }

            builder.Append(_random.Pick(Codas));
            while (ending.Length > 0 && "aeiou".IndexOf(builder[builder.Length - 1]) >= 0)
            {
                builder.Length--;
            }

            builder.Append(ending);
            builder[0] = char.ToUpperInvariant(builder[0]);
            var word = builder.ToString();
            if (_used.Add(word))
            {
                return word;
            }
        }
    }
}
