using System;

namespace ArticleFacts;

/// <summary>
/// Declares the class that holds the facts of one facts file:
/// <c>[FactsFrom("data/visit.facts.yaml")] internal static partial class Visit;</c>. The generator fills the class
/// in (any name, namespace, accessibility and nesting) and generates that article nowhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FactsFromAttribute : Attribute
{
    /// <summary>Names the facts file, relative to the project, as in its <c>AdditionalFiles</c> item.</summary>
    /// <param name="path">The facts file's path relative to the project directory (<c>/</c> or <c>\</c> separators).</param>
    public FactsFromAttribute(string path) => Path = path;

    /// <summary>The facts file's path relative to the project directory.</summary>
    public string Path { get; }
}

/// <summary>
/// Declares the catalogue of the compilation's articles: <c>[FactsCatalogue] partial class MyArticles;</c>. The generator
/// adds <c>All</c> and <c>Find(articleId)</c> to it instead of generating the class <c>Articles</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class FactsCatalogueAttribute : Attribute
{
}
