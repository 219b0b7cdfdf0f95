using System.Collections.Generic;

namespace ArticleFacts.Generators.Text;

/// <summary>Path arithmetic on strings (a generator does no file IO): '/' separators, '.' and '..' resolved.</summary>
internal static class PathText
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    public static string Directory(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    /// <summary>The article text of a facts file: <c>article.text</c> relative to it, else the sibling NAME.txt.</summary>
    public static string TextPathFor(string factsPath, string? textRelative)
    {
        if (textRelative is not null)
        {
            var unified = textRelative.Replace('\\', '/');
            var isAbsolute = unified.StartsWith("/", System.StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
            return Normalize(isAbsolute ? unified : Directory(factsPath) + unified);
        }

        return Model.FormatFacts.SiblingText(Normalize(factsPath));
    }
}
