using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Declarations;

/// <summary>
/// Pairs each <c>[FactsFrom(path)]</c> declaration with the facts file it names (the path relative to the project
/// directory, compared as the generator pairs texts: exactly, else ignoring case), and reports the declarations that
/// match no file (AF5001), name a file already declared (AF5002) or cannot hold the facts (AF5003).
/// </summary>
internal static class DeclarationResolver
{
    private const int NearestShown = 3;

    /// <param name="claimed">Receives the path of every facts file a declaration names, usable or not: those are not generated conventionally.</param>
    /// <returns>The facts files whose declared class holds their facts.</returns>
    public static List<DeclaredArticle> Resolve(IReadOnlyList<string> factsPaths, ImmutableArray<ArticleDeclaration> declarations, string? projectDir, DiagnosticBag diagnostics, ISet<string> claimed)
    {
        var declared = new List<DeclaredArticle>();
        var first = new Dictionary<string, ArticleDeclaration>(StringComparer.Ordinal);
        foreach (var declaration in declarations.OrderBy(d => d.Location.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.Start))
        {
            var wanted = Resolve(declaration.Path ?? string.Empty, projectDir);
            var path = Match(wanted, factsPaths);
            if (path is null)
            {
                diagnostics.Add(DiagnosticIds.UnmatchedDeclaration, declaration.Location, declaration.Path ?? string.Empty, Nearest(wanted, factsPaths, projectDir));
                continue;
            }

            if (first.TryGetValue(path, out var earlier))
            {
                diagnostics.Add(DiagnosticIds.DuplicateDeclaration, declaration.Location, Relative(path, projectDir), earlier.Target.FullName.Substring("global::".Length), Display(earlier.Location));
                continue;
            }

            first.Add(path, declaration);
            claimed.Add(path);
            if (declaration.Problem is not null)
            {
                diagnostics.Add(DiagnosticIds.DeclarationShape, declaration.Location, declaration.Problem);
            }
            else
            {
                declared.Add(new DeclaredArticle(path, declaration.Target));
            }
        }

        return declared;
    }

    /// <summary>The declared path made absolute against the project directory (when known) and normalised.</summary>
    public static string Resolve(string declared, string? projectDir)
    {
        var unified = declared.Replace('\\', '/');
        var absolute = unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length > 1 && unified[1] == ':');
        return PathText.Normalize(absolute || string.IsNullOrEmpty(projectDir) ? unified : projectDir!.Replace('\\', '/') + "/" + unified);
    }

    private static string? Match(string wanted, IReadOnlyList<string> factsPaths)
    {
        string? ignoringCase = null;
        foreach (var path in factsPaths)
        {
            if (string.Equals(path, wanted, StringComparison.Ordinal))
            {
                return path;
            }

            if (string.Equals(path, wanted, StringComparison.OrdinalIgnoreCase) && (ignoringCase is null || string.CompareOrdinal(path, ignoringCase) < 0))
            {
                ignoringCase = path;
            }
        }

        return ignoringCase;
    }

    private static string Nearest(string wanted, IReadOnlyList<string> factsPaths, string? projectDir)
    {
        if (factsPaths.Count == 0)
        {
            return "the project has no facts file (no AdditionalFiles item ending in .facts.yaml)";
        }

        var target = Relative(wanted, projectDir);
        var nearest = factsPaths
            .Select(p => Relative(p, projectDir))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => EditDistance.Between(target, p))
            .ThenBy(p => p, StringComparer.Ordinal)
            .Take(NearestShown)
            .Select(p => "'" + p + "'")
            .ToList();
        return (nearest.Count == 1 ? "the nearest facts file is " : "the nearest facts files are ") + string.Join(", ", nearest);
    }

    /// <summary>The path relative to the project directory when it lies inside it, else as it is.</summary>
    public static string Relative(string path, string? projectDir)
    {
        if (string.IsNullOrEmpty(projectDir))
        {
            return path;
        }

        var dir = PathText.Normalize(projectDir!);
        var prefix = dir.EndsWith("/", StringComparison.Ordinal) ? dir : dir + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path;
    }

    private static string Display(LocationInfo location) =>
        location.FilePath + "(" + (location.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (location.Column + 1).ToString(CultureInfo.InvariantCulture) + ")";
}
