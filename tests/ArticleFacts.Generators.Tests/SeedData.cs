using System;
using System.IO;

namespace ArticleFacts.Generators.Tests;

/// <summary>The repository's data/ files, copied beside the test assembly.</summary>
internal static class SeedData
{
    public const string YamlPath = "data/nk_fm_visit.facts.yaml";
    public const string TextPath = "data/nk_fm_visit.txt";

    public static (string Path, string Text)[] Files() => new[] { Read(YamlPath), Read(TextPath) };

    public static (string Path, string Text) Read(string relative) =>
        (relative, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relative)));
}
