using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace ArticleFacts.Generators.Tools;

/// <summary>
/// The facts of facts files as the build would compile them, for tools outside the compiler
/// (<c>articlefacts show</c>, <c>export</c>, <c>review</c>): the same checks as <see cref="FactsChecker.CheckAll"/>,
/// and for each file the validated article. Does no IO itself: files are read through the given function.
/// </summary>
public static class FactsReader
{
    /// <summary>Reads and checks <paramref name="yamlPaths"/> together, as one compilation would.</summary>
    /// <param name="yamlPaths">The facts files.</param>
    /// <param name="readText">Reads a file; null when it does not exist or cannot be read.</param>
    /// <param name="onFile">Called before each file is checked, with its 0-based index.</param>
    /// <param name="cancellationToken">Stops the run between and inside files.</param>
    /// <returns>Every finding (as <see cref="FactsChecker.CheckAll"/> reports them) and one <see cref="FactsFile"/> per path, in order.</returns>
    public static FactsReport Read(
        IReadOnlyList<string> yamlPaths, Func<string, string?> readText, Action<int, string>? onFile = null, CancellationToken cancellationToken = default)
    {
        if (yamlPaths is null)
        {
            throw new ArgumentNullException(nameof(yamlPaths));
        }

        if (readText is null)
        {
            throw new ArgumentNullException(nameof(readText));
        }

        var (results, texts) = FactsChecker.Run(yamlPaths, readText, onFile, cancellationToken);
        var findings = FactsChecker.Findings(results, yamlPaths.Count > 0 ? yamlPaths[0] : string.Empty);
        var files = results
            .Select((r, i) => new FactsFile(r.Path, texts[i].Path, texts[i].Text, r.Model is null ? null : FactsTranslation.Translate(r.Model)))
            .ToList();
        return new FactsReport(findings, files);
    }
}
