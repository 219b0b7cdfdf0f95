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

    /// <summary>Whether a '/'-separated path is absolute, as the compiler gives paths in a build: <c>/home/...</c> or <c>C:/...</c>.</summary>
    public static bool IsRooted(string path) => path.StartsWith("/", System.StringComparison.Ordinal) || (path.Length > 2 && path[1] == ':' && path[2] == '/');

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

    /// <summary>
    /// <paramref name="path"/> relative to the folder <paramref name="directory"/> ('/'-separated, with <c>..</c> where it
    /// lies outside); the file name alone when there is no folder or the two share no root (another drive).
    /// </summary>
    public static string RelativeTo(string path, string? directory)
    {
        var file = Normalize(path);
        var slash = file.LastIndexOf('/');
        var name = slash < 0 ? file : file.Substring(slash + 1);
        if (string.IsNullOrEmpty(directory))
        {
            return name;
        }

        var from = Normalize(directory!).Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
        var to = file.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], System.StringComparison.Ordinal))
        {
            common++;
        }

        if (common == 0 && (from.Length > 0 || to.Length > 1))
        {
            return name;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }
}
