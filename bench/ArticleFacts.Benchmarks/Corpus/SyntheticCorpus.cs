using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>One synthetic article: its facts file and its text, as the generator receives them.</summary>
public sealed record SyntheticArticle(string Id, string YamlPath, string Yaml, string TextPath, string Text, int FactCount)
{
    /// <summary>The generated class: <c>syn_0007</c> becomes <c>Syn0007</c>.</summary>
    public string ClassName => "Syn" + Id.Substring(4);
}

/// <summary>
/// A deterministic corpus of valid synthetic articles (the same index always gives the same files),
/// each with some 6 KB of text and about 115 facts of every kind, so the generator emits code for all.
/// </summary>
public static class SyntheticCorpus
{
    public const string Folder = "corpus";

    /// <param name="index">Which article: the same index gives the same files.</param>
    /// <param name="paragraphs">Story paragraphs: each adds some 550 characters and 8 or 9 facts.</param>
    public static SyntheticArticle Article(int index, int paragraphs = ArticleComposer.StoryParagraphs)
    {
        var id = "syn_" + index.ToString("0000", CultureInfo.InvariantCulture);
        var (header, facts, text) = ArticleComposer.Compose(index, id, paragraphs);
        var yaml = FactsYamlWriter.Write(header, facts, text);
        return new SyntheticArticle(id, $"{Folder}/{id}.facts.yaml", yaml, $"{Folder}/{id}.txt", text, facts.Count);
    }

    /// <summary>Articles 1 to <paramref name="count"/>.</summary>
    public static IReadOnlyList<SyntheticArticle> Create(int count) => Enumerable.Range(1, count).Select(i => Article(i)).ToList();

    /// <summary>Every file of the articles, facts file then text, in article order.</summary>
    public static IEnumerable<(string Path, string Text)> Files(IEnumerable<SyntheticArticle> articles) =>
        articles.SelectMany(a => new[] { (a.YamlPath, a.Yaml), (a.TextPath, a.Text) });
}
