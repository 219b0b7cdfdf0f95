using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Benchmarks.Corpus;

namespace ArticleFacts.Benchmarks.Infrastructure;

/// <summary>
/// The inputs the benchmarks are parameterised by: <c>seed</c> (the repository's article), a number of
/// synthetic articles (<c>1</c>, <c>100</c>, <c>1000</c>), or <c>large</c> (one synthetic article ten
/// times the usual size). Built once per process.
/// </summary>
public static class Corpora
{
    public const string Seed = "seed";
    public const string Large = "large";

    /// <summary>Story paragraphs of the <c>large</c> article: about 900 facts on 60 KB of text.</summary>
    public const int LargeParagraphs = 10 * ArticleComposer.StoryParagraphs;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<(string Path, string Text)>> Cache = new(StringComparer.Ordinal);

    public static IReadOnlyList<(string Path, string Text)> Files(string corpus) => Cache.GetOrAdd(corpus, Create);

    /// <summary>How many articles the corpus holds.</summary>
    public static int Articles(string corpus) => Files(corpus).Count / 2;

    private static IReadOnlyList<(string Path, string Text)> Create(string corpus) => corpus switch
    {
        Seed => GeneratorSetup.SeedFiles(),
        Large => SyntheticCorpus.Files(new[] { SyntheticCorpus.Article(1, LargeParagraphs) }).ToList(),
        _ => SyntheticCorpus.Files(SyntheticCorpus.Create(int.Parse(corpus, CultureInfo.InvariantCulture))).ToList(),
    };
}
