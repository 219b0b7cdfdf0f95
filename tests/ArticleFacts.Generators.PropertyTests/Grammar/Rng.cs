using System.Collections.Generic;
using CsCheck;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>A case's source of randomness: CsCheck's PCG, with the few helpers the grammar needs.</summary>
public sealed class Rng
{
    public Rng(PCG pcg) => Pcg = pcg;

    public PCG Pcg { get; }

    /// <summary>0 to <paramref name="maxExclusive"/> - 1.</summary>
    public int Int(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)Pcg.Next((uint)maxExclusive);

    /// <summary><paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Int(int min, int max) => min + Int(max - min + 1);

    /// <summary>True with probability <paramref name="percent"/> %.</summary>
    public bool Chance(int percent) => Int(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    /// <summary>A value of a CsCheck generator.</summary>
    public T Next<T>(Gen<T> gen) => gen.Generate(Pcg, null, out _);

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Int(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
