using System;
using System.Linq;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// The facts of the format that the generator, the checker, <c>articlefacts init</c> and the schema tests share:
/// one table, so they cannot drift (the rules themselves: docs/format.md).
/// </summary>
internal static class FormatFacts
{
    /// <summary>The one schema this generator reads.</summary>
    public const string Schema = "articlefacts/1";

    /// <summary>A facts file's name ends so (compared ignoring case); its default text is the same name ending in <see cref="TextSuffix"/>.</summary>
    public const string FactsSuffix = ".facts.yaml";

    /// <summary>Article texts are read from files whose names end so (ignoring case).</summary>
    public const string TextSuffix = ".txt";

    /// <summary>The entity id a claim's <c>source</c> uses for the article's own voice; no entity may take it.</summary>
    public const string AuthorId = "author";

    /// <summary>The id-keyed sections, in the order of a facts file.</summary>
    public static readonly string[] Sections = { "entities", "events", "claims", "quotes", "quantities", "dates" };

    /// <summary>Members every object has, and <c>All</c>: no fact may take these names.</summary>
    public static readonly string[] ReservedMembers = { "All", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone" };

    /// <summary>Names an article class may not take (they are taken by the model or the catalogue).</summary>
    public static readonly string[] ReservedArticleClasses = { "Article", "Articles", "Facts", "Entities", "Events", "Claims", "Quotes", "Quantities", "Dates" };

    public static bool IsFactsFile(string path) => path.EndsWith(FactsSuffix, StringComparison.OrdinalIgnoreCase);

    public static bool IsTextFile(string path) => path.EndsWith(TextSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sibling text of a facts file: <c>NAME.facts.yaml</c> (any case) becomes <c>NAME.txt</c>.</summary>
    public static string SiblingText(string factsPath) =>
        (IsFactsFile(factsPath) ? factsPath.Substring(0, factsPath.Length - FactsSuffix.Length) : factsPath) + TextSuffix;

    /// <summary>
    /// Whether an article class may not be named <paramref name="className"/>. <c>ARTICLES</c> is reserved too: its
    /// file would clash with the catalogue's <c>Articles.g.cs</c> (hint names ignore case).
    /// </summary>
    public static bool IsReservedArticleClass(string className) =>
        ReservedArticleClasses.Contains(className, StringComparer.Ordinal) || string.Equals(className, "Articles", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a fact of the section class <paramref name="sectionClass"/> may not be named <paramref name="name"/>.</summary>
    public static bool IsReservedMember(string name, string sectionClass) =>
        ReservedMembers.Contains(name, StringComparer.Ordinal) || string.Equals(name, sectionClass, StringComparison.Ordinal);
}
