using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// The reference assemblies of the running .NET (the SDK's <c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/netX.0</c>),
/// loaded from files: what the generated code compiles against on the Roslyn 4.8 leg.
/// </summary>
internal static class FrameworkReferences
{
    /// <summary>The folder they are read from.</summary>
    public static string Directory { get; } = Find();

    public static IEnumerable<MetadataReference> All =>
        System.IO.Directory.EnumerateFiles(Directory, "*.dll")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));

    private static string Find()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> <root>/packs/Microsoft.NETCore.App.Ref
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var tfm = $"net{Environment.Version.Major}.{Environment.Version.Minor}";
        var exact = Path.Combine(packs, Environment.Version.ToString(3), "ref", tfm);
        if (System.IO.Directory.Exists(exact))
        {
            return exact;
        }

        // Another patch of the same major version, the newest.
        var other = System.IO.Directory.Exists(packs)
            ? System.IO.Directory.EnumerateDirectories(packs)
                .Select(d => Path.Combine(d, "ref", tfm))
                .Where(System.IO.Directory.Exists)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        return other ?? throw new InvalidOperationException($"No reference pack for {tfm} under {packs}: the Roslyn 4.8 leg compiles against the SDK's own.");
    }
}
