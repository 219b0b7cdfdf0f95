using System;
using System.IO;

namespace ArticleFacts.TestSupport;

/// <summary>
/// Where the repository is, seen from the running test assembly: the first folder above it holding <c>Generators.sln</c>.
/// One copy, compiled into each test project (tests/Directory.Build.props).
/// </summary>
internal static class TestPaths
{
    /// <summary>The file that marks the repository's root.</summary>
    public const string RootMarker = "Generators.sln";

    private static readonly Lazy<string?> LazyRoot = new(() => TryFindRoot(AppContext.BaseDirectory));

    /// <summary>The repository's root; throws when the tests run outside a clone.</summary>
    public static string RepositoryRoot => LazyRoot.Value ?? throw new InvalidOperationException($"No {RootMarker} above {AppContext.BaseDirectory}: this test needs the repository.");

    /// <summary>The repository's root, or <see langword="null"/> when the tests run outside a clone.</summary>
    public static string? TryRepositoryRoot => LazyRoot.Value;

    /// <summary>The first folder at or above <paramref name="start"/> holding <see cref="RootMarker"/>, or <see langword="null"/>.</summary>
    public static string? TryFindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RootMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
