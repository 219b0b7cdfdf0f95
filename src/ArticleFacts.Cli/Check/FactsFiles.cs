using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Check;

/// <summary>Finds the facts files a <c>check</c> names and reads files for the checker.</summary>
internal static class FactsFiles
{
    public const string Pattern = "*" + FactsText.FactsSuffix;

    /// <summary>Folders never searched, as the build props exclude them: build output and hidden folders.</summary>
    private static readonly string[] SkippedFolders = { "bin", "obj", "node_modules" };

    /// <summary>
    /// The files of <paramref name="paths"/>: a file as given, a directory searched recursively for
    /// <c>*.facts.yaml</c> (ordinal order, no duplicates). Null, with <paramref name="error"/>, when a
    /// path does not exist.
    /// </summary>
    public static List<string>? Expand(IEnumerable<string> paths, out string? error)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> found;
            if (File.Exists(path))
            {
                found = new[] { path };
            }
            else if (Directory.Exists(path))
            {
                found = Search(path).OrderBy(f => f, StringComparer.Ordinal);
            }
            else
            {
                error = $"'{path}' does not exist: give facts files (NAME.facts.yaml) or folders that hold them";
                return null;
            }

            files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
        }

        error = null;
        return files;
    }

    /// <summary>The text of a file, or null when it does not exist or cannot be read (the checker then reports it).</summary>
    public static string? Read(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Search(string directory)
    {
        var pending = new Stack<string>();
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current, Pattern))
            {
                yield return file;
            }

            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    pending.Push(sub);
                }
            }
        }
    }
}
