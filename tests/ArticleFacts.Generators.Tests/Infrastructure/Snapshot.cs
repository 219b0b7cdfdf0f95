using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>How a snapshot comparison ended.</summary>
public enum SnapshotOutcome
{
    /// <summary>The verified file matched.</summary>
    Matched,

    /// <summary>Accept mode wrote the verified file.</summary>
    Accepted,

    /// <summary>The verified file differs; the received file was written.</summary>
    Mismatched,

    /// <summary>There is no verified file; the received file was written.</summary>
    Missing,
}

/// <summary>Whether to accept received snapshots, and how much diff to show.</summary>
/// <param name="Accept">Write the verified file instead of failing (ignored under CI).</param>
/// <param name="IsCi">Running under CI or .ci/run: never accept.</param>
/// <param name="ContextLines">Unchanged lines shown around each change.</param>
/// <param name="MaxDiffLines">Diff lines shown at most.</param>
public sealed record SnapshotSettings(bool Accept, bool IsCi, int ContextLines = 3, int MaxDiffLines = 200)
{
    /// <summary>The variable .ci/run exports (besides <c>CI=true</c>), so that even a cleared <c>CI</c> cannot accept under it.</summary>
    public const string CiRunVariable = "ARTICLEFACTS_CI_RUN";

    /// <summary>From the process environment: see <see cref="From"/>.</summary>
    public static SnapshotSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    /// <summary>
    /// Accept when <c>ARTICLEFACTS_ACCEPT_SNAPSHOTS</c> is <c>1</c>, <c>true</c> or <c>yes</c>; under CI when <c>CI</c> or
    /// <c>ARTICLEFACTS_CI_RUN</c> holds anything but nothing, <c>false</c> or <c>0</c> (CI services set <c>CI</c> to
    /// <c>true</c>, <c>1</c> or their own name).
    /// </summary>
    public static SnapshotSettings From(Func<string, string?> variable) =>
        new(IsSet(variable(Snapshot.AcceptVariable)), IsOn(variable("CI")) || IsOn(variable(CiRunVariable)));

    /// <summary>Whether a received snapshot becomes the verified one.</summary>
    public bool CanAccept => Accept && !IsCi;

    private static bool IsSet(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes";

    private static bool IsOn(string? value) => value?.Trim().ToLowerInvariant() is { Length: > 0 } text && text is not ("false" or "0");
}

/// <summary>The result of <see cref="Snapshot.Check"/>.</summary>
public sealed record SnapshotResult(SnapshotOutcome Outcome, string VerifiedPath, string ReceivedPath, string Message)
{
    /// <summary>Matched or accepted.</summary>
    public bool Passed => Outcome is SnapshotOutcome.Matched or SnapshotOutcome.Accepted;
}

/// <summary>
/// Verify-style snapshots: <c>Snapshots/{TestClass}.{Method}#{Hint}.verified.cs</c> beside the test file
/// (<c>{TestClass}.{Method}.verified.txt</c> without a hint). Accept with
/// <c>ARTICLEFACTS_ACCEPT_SNAPSHOTS=1 dotnet test</c>; under CI (<c>CI</c> set, or .ci/run) nothing is accepted.
/// </summary>
public static class Snapshot
{
    /// <summary>The environment variable that turns accept mode on.</summary>
    public const string AcceptVariable = "ARTICLEFACTS_ACCEPT_SNAPSHOTS";

    private static readonly Regex GeneratedCodeVersion = new(
        @"(GeneratedCode(?:Attribute)?\(\s*""[^""]*""\s*,\s*)""[^""]*""", RegexOptions.CultureInvariant);

    private static readonly Regex ToolVersion = new(
        @"(?<=ArticleFacts\.Generators[ \t]+v?)\d+(?:\.\d+){1,3}(?:[-+][0-9A-Za-z.+\-]*)?", RegexOptions.CultureInvariant);

    /// <summary>Compares <paramref name="actual"/> with the snapshot of the calling test; fails with a diff on a mismatch.</summary>
    public static void Match(string actual, string hintName = "", [CallerFilePath] string file = "", [CallerMemberName] string method = "")
    {
        var source = ResolveSourcePath(file);
        if (!File.Exists(source))
        {
            Assert.Fail($"Cannot find the test's source file '{file}' to put its snapshot beside.");
        }

        MatchFile(actual, VerifiedPath(source, method, hintName), SnapshotSettings.FromEnvironment());
    }

    /// <summary>Compares <paramref name="actual"/> with the file <paramref name="verifiedPath"/>; fails unless it passes.</summary>
    public static void MatchFile(string actual, string verifiedPath, SnapshotSettings settings)
    {
        var result = Check(actual, verifiedPath, settings);
        if (!result.Passed)
        {
            Assert.Fail(result.Message);
        }
    }

    /// <summary>
    /// The core: compares normalised texts; on success deletes a stale received file; otherwise accepts
    /// (when <see cref="SnapshotSettings.CanAccept"/>) or writes the received file and reports why.
    /// </summary>
    public static SnapshotResult Check(string actual, string verifiedPath, SnapshotSettings settings)
    {
        var received = ReceivedPath(verifiedPath);
        var normalized = Normalize(actual);
        var exists = File.Exists(verifiedPath);
        var verified = exists ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (verified == normalized)
        {
            File.Delete(received);
            return new SnapshotResult(SnapshotOutcome.Matched, verifiedPath, received, "Snapshot matches.");
        }

        if (settings.CanAccept)
        {
            Write(verifiedPath, normalized);
            File.Delete(received);
            return new SnapshotResult(SnapshotOutcome.Accepted, verifiedPath, received, $"Snapshot accepted: {verifiedPath}");
        }

        Write(received, normalized);
        var accept = $"To accept: {AcceptVariable}=1 dotnet test (not under CI), or copy the received file over the verified one.";
        if (verified is null)
        {
            var why = settings.IsCi ? "Under CI a snapshot is never accepted automatically. " : "";
            return new SnapshotResult(
                SnapshotOutcome.Missing,
                verifiedPath,
                received,
                $"Snapshot missing: {verifiedPath}\nReceived: {received}\n{why}{accept}");
        }

        return new SnapshotResult(
            SnapshotOutcome.Mismatched,
            verifiedPath,
            received,
            $"Snapshot mismatch: {verifiedPath}\nReceived: {received}\n{accept}\n--- verified\n+++ received\n"
            + Diff(verified, normalized, settings.ContextLines, settings.MaxDiffLines));
    }

    /// <summary>
    /// The verified file of a test: <c>{dir of testFile}/Snapshots/{TestClass}.{method}#{hint}.verified.cs</c>, where a
    /// <c>.cs</c> ending of the hint is dropped; without a hint <c>{TestClass}.{method}.verified.txt</c>.
    /// </summary>
    public static string VerifiedPath(string testFile, string method, string hintName = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile) ?? ".", "Snapshots");
        var name = Path.GetFileNameWithoutExtension(testFile) + "." + method;
        if (hintName.Length == 0)
        {
            return Path.Combine(directory, name + ".verified.txt");
        }

        var hint = hintName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hintName[..^3] : hintName;
        var safe = new string(hint.Select(c => Array.IndexOf(InvalidNameChars, c) >= 0 || char.IsControl(c) ? '_' : c).ToArray());
        return Path.Combine(directory, name + "#" + safe + ".verified.cs");
    }

    /// <summary>The received file beside a verified one: <c>.verified.</c> becomes <c>.received.</c>.</summary>
    public static string ReceivedPath(string verifiedPath)
    {
        var index = verifiedPath.LastIndexOf(".verified.", StringComparison.Ordinal);
        return index < 0
            ? verifiedPath + ".received"
            : verifiedPath[..index] + ".received." + verifiedPath[(index + ".verified.".Length)..];
    }

    /// <summary>
    /// A <c>[CallerFilePath]</c> as a real path. Deterministic CI builds map source paths to <c>/_/...</c>
    /// (PathMap); such a path is looked up relative to each folder above <paramref name="searchFrom"/>
    /// (default: the test assembly's folder).
    /// </summary>
    public static string ResolveSourcePath(string path, string? searchFrom = null)
    {
        if (File.Exists(path) || !path.StartsWith("/_", StringComparison.Ordinal))
        {
            return path;
        }

        var slash = path.IndexOf('/', 1);
        var relative = slash < 0 ? path : path[(slash + 1)..];
        for (var dir = new DirectoryInfo(searchFrom ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    /// <summary>
    /// What is compared: line endings made <c>\n</c>, a leading U+FEFF and trailing blank lines dropped,
    /// the generator's version replaced by <c>&lt;version&gt;</c>.
    /// </summary>
    public static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = text.TrimStart('\uFEFF').TrimEnd('\n');
        return Scrub(text);
    }

    /// <summary>Replaces the version in <c>GeneratedCode("tool", "1.2.3")</c> and after <c>ArticleFacts.Generators </c>.</summary>
    public static string Scrub(string text)
    {
        text = GeneratedCodeVersion.Replace(text, "$1\"<version>\"");
        return ToolVersion.Replace(text, "<version>");
    }

    /// <summary>A unified-style line diff of the changed regions, with <paramref name="context"/> lines around each.</summary>
    public static string Diff(string expected, string actual, int context = 3, int maxLines = 200)
    {
        var model = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false, ignoreCase: false);
        var lines = new List<(char Mark, string Text, int Old, int New)>();
        int oldLine = 0, newLine = 0;
        foreach (var piece in model.Lines)
        {
            switch (piece.Type)
            {
                case ChangeType.Deleted:
                    lines.Add(('-', piece.Text, ++oldLine, newLine));
                    break;
                case ChangeType.Inserted:
                    lines.Add(('+', piece.Text, oldLine, ++newLine));
                    break;
                case ChangeType.Imaginary:
                    break;
                default:
                    lines.Add((' ', piece.Text, ++oldLine, ++newLine));
                    break;
            }
        }

        var output = new List<string>();
        var changed = Enumerable.Range(0, lines.Count).Where(i => lines[i].Mark != ' ').ToList();
        var k = 0;
        while (k < changed.Count)
        {
            var start = Math.Max(0, changed[k] - context);
            var end = Math.Min(lines.Count - 1, changed[k] + context);
            while (++k < changed.Count && changed[k] - context <= end + 1)
            {
                end = Math.Min(lines.Count - 1, changed[k] + context);
            }

            var hunk = lines.GetRange(start, end - start + 1);
            var olds = hunk.Where(l => l.Mark != '+').ToList();
            var news = hunk.Where(l => l.Mark != '-').ToList();
            var oldStart = olds.Count > 0 ? olds[0].Old : hunk[0].Old;
            var newStart = news.Count > 0 ? news[0].New : hunk[0].New;
            output.Add(FormattableString.Invariant($"@@ -{oldStart},{olds.Count} +{newStart},{news.Count} @@"));
            output.AddRange(hunk.Select(l => l.Mark + Shorten(l.Text, l.Mark == ' ' ? 200 : 2000)));
        }

        if (output.Count == 0)
        {
            return "(no line differs)";
        }

        return output.Count <= maxLines
            ? string.Join("\n", output)
            : string.Join("\n", output.Take(maxLines)) + FormattableString.Invariant($"\n... {output.Count - maxLines} more diff lines");
    }

    private static readonly char[] InvalidNameChars = Path.GetInvalidFileNameChars().Concat("/\\:*?\"<>|").Distinct().ToArray();

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
