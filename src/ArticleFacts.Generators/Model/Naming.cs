using System.Text;

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
        var builder = new StringBuilder(id.Length);
        foreach (var part in id.Split('_'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part, 1, part.Length - 1);
        }

        return builder.ToString();
    }
}
