namespace ArticleFacts.Generators.Model;

/// <summary>How ids become C# names: split on '_', drop empty parts, upper-case each part's first character.</summary>
internal static class Naming
{
    /// <summary>The section classes every article class holds; an article class may not take these names.</summary>
    public static readonly string[] SectionClasses = { "Entities", "Events", "Claims", "Quotes", "Quantities", "Dates" };

    /// <summary>Members every object has, and <c>All</c>: no fact may take these names.</summary>
    public static readonly string[] ReservedMembers = { "All", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone" };

    /// <summary>Names an article class may not take (they are taken by the model or the catalogue).</summary>
    public static readonly string[] ReservedArticleClasses = { "Article", "Articles", "Facts", "Entities", "Events", "Claims", "Quotes", "Quantities", "Dates" };

    public static string Pascal(string id)
    {
        // One pass, no intermediate strings: a hot path (every id and every reference).
        var name = new char[id.Length];
        var length = 0;
        var startsPart = true;
        foreach (var c in id)
        {
            if (c == '_')
            {
                startsPart = true;
                continue;
            }

            name[length++] = startsPart ? char.ToUpperInvariant(c) : c;
            startsPart = false;
        }

        return new string(name, 0, length);
    }
}
