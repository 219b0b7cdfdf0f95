using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit.Sdk;
using ArticleFacts.TestSupport;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>Tests of the snapshot helper itself, in a temporary directory.</summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly SnapshotSettings Local = new(Accept: false, IsCi: false);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "articlefacts-snapshots-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Verified => Path.Combine(_dir, "Snapshots", "GeneratorTests.Emits#Nk.g.verified.cs");

    private string Received => Path.Combine(_dir, "Snapshots", "GeneratorTests.Emits#Nk.g.received.cs");

    private static string Numbered(int count, int? changed = null, string replacement = "") =>
        string.Concat(Enumerable.Range(1, count).Select(i => (i == changed ? replacement : $"line {i}") + "\n"));

    private void WriteVerified(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, text);
    }

    [Fact]
    public void Match_passes_ignoring_line_endings_bom_and_generator_version()
    {
        WriteVerified("\uFEFF[GeneratedCode(\"ArticleFacts.Generators\", \"<version>\")]\nclass A\n{\n}\n");

        var result = Snapshot.Check("[GeneratedCode(\"ArticleFacts.Generators\", \"0.1.0.0\")]\r\nclass A\r\n{\r\n}", Verified, Local);

        Assert.Equal(SnapshotOutcome.Matched, result.Outcome);
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Match_deletes_a_stale_received_file()
    {
        WriteVerified("same\n");
        File.WriteAllText(Received, "old attempt\n");

        Snapshot.MatchFile("same\n", Verified, Local);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Mismatch_fails_with_a_diff_of_the_changed_region_and_writes_the_received_file()
    {
        WriteVerified(Numbered(60));
        var actual = Numbered(60, changed: 30, replacement: "line thirty");

        var failure = Assert.Throws<FailException>(() => Snapshot.MatchFile(actual, Verified, Local));

        var lines = failure.Message.Split('\n');
        Assert.Contains("-line 30", lines);
        Assert.Contains("+line thirty", lines);
        Assert.Contains("@@ -27,7 +27,7 @@", lines);
        Assert.Contains(" line 27", lines);
        Assert.DoesNotContain(" line 26", lines);
        Assert.DoesNotContain(" line 34", lines);
        Assert.Contains(Received, failure.Message);
        Assert.Contains("ARTICLEFACTS_ACCEPT_SNAPSHOTS=1 dotnet test", failure.Message);
        Assert.Equal(actual, File.ReadAllText(Received));
        Assert.Equal(Numbered(60), File.ReadAllText(Verified));
    }

    [Fact]
    public void Diff_shows_separate_hunks_for_distant_changes()
    {
        var diff = Snapshot.Diff(Numbered(40), Numbered(40, 5, "five").Replace("line 35\n", "line 35\nextra\n", StringComparison.Ordinal));

        var lines = diff.Split('\n');
        Assert.Equal(new[] { "@@ -2,7 +2,7 @@", "@@ -33,6 +33,7 @@" }, lines.Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("+extra", lines);
        Assert.DoesNotContain(" line 20", lines);
    }

    [Fact]
    public void Missing_verified_file_fails_under_CI_even_in_accept_mode()
    {
        var result = Snapshot.Check("new\n", Verified, new SnapshotSettings(Accept: true, IsCi: true));

        Assert.Equal(SnapshotOutcome.Missing, result.Outcome);
        Assert.False(result.Passed);
        Assert.Contains("never accepted automatically", result.Message);
        Assert.False(File.Exists(Verified));
        Assert.Equal("new\n", File.ReadAllText(Received));
        Assert.Throws<FailException>(() => Snapshot.MatchFile("new\n", Verified, new SnapshotSettings(Accept: false, IsCi: true)));
    }

    [Fact]
    public void Missing_verified_file_fails_locally_without_accept_mode()
    {
        var failure = Assert.Throws<FailException>(() => Snapshot.MatchFile("new\n", Verified, Local));

        Assert.Contains("Snapshot missing", failure.Message);
        Assert.False(File.Exists(Verified));
        Assert.True(File.Exists(Received));
    }

    [Fact]
    public void Accept_mode_writes_the_verified_file_normalised_and_removes_the_received_file()
    {
        WriteVerified("old\n");
        File.WriteAllText(Received, "old attempt\n");

        var result = Snapshot.Check("new\r\nline [GeneratedCode(\"ArticleFacts.Generators\", \"1.2.3\")]\r\n", Verified, new SnapshotSettings(Accept: true, IsCi: false));

        Assert.Equal(SnapshotOutcome.Accepted, result.Outcome);
        Assert.Equal("new\nline [GeneratedCode(\"ArticleFacts.Generators\", \"<version>\")]\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
        Assert.Equal(SnapshotOutcome.Matched, Snapshot.Check("new\nline [GeneratedCode(\"ArticleFacts.Generators\", \"9.9\")]", Verified, Local).Outcome);
    }

    [Theory]
    [InlineData("// <auto-generated/> ArticleFacts.Generators 0.1.0+4f2a9c1", "// <auto-generated/> ArticleFacts.Generators <version>")]
    [InlineData("[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"ArticleFacts.Generators\", \"0.1.0.0\")]", "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"ArticleFacts.Generators\", \"<version>\")]")]
    [InlineData("var x = \"1.2.3\";", "var x = \"1.2.3\";")]
    public void Scrub_replaces_only_the_generator_version(string text, string expected) =>
        Assert.Equal(expected, Snapshot.Scrub(text));

    [Theory]
    [InlineData("true", null, null, true)]
    [InlineData("1", null, null, true)]
    [InlineData("GitHub Actions", null, null, true)]
    [InlineData(" TRUE ", null, null, true)]
    [InlineData(null, "1", null, true)]
    [InlineData("false", "1", null, true)]
    [InlineData(null, null, null, false)]
    [InlineData("", null, null, false)]
    [InlineData("false", null, null, false)]
    [InlineData("0", "0", null, false)]
    [InlineData(null, null, "1", false)]
    public void Under_CI_or_ci_run_nothing_is_accepted_even_in_accept_mode(string? ci, string? ciRun, string? unrelated, bool isCi)
    {
        var environment = new System.Collections.Generic.Dictionary<string, string?>
        {
            ["CI"] = ci,
            [SnapshotSettings.CiRunVariable] = ciRun,
            ["CONTINUOUS_INTEGRATION_UNRELATED"] = unrelated,
            [Snapshot.AcceptVariable] = "1",
        };
        var settings = SnapshotSettings.From(name => environment.TryGetValue(name, out var value) ? value : null);
        Assert.True(settings.Accept);
        Assert.Equal(isCi, settings.IsCi);
        Assert.Equal(!isCi, settings.CanAccept);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("0", false)]
    [InlineData(null, false)]
    public void Accept_mode_is_asked_for_explicitly(string? accept, bool expected)
    {
        var settings = SnapshotSettings.From(name => name == Snapshot.AcceptVariable ? accept : null);
        Assert.Equal(expected, settings.CanAccept);
    }

    [Fact]
    public void The_ci_script_exports_CI_and_its_marker_and_never_skips_compilation()
    {
        var script = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run"));
        Assert.Contains("\nexport CI=true\n", script, StringComparison.Ordinal);
        Assert.Contains($"\nexport {SnapshotSettings.CiRunVariable}=1\n", script, StringComparison.Ordinal);
        Assert.Contains($"\nunset {CompilationSwitch.SkipVariable} {Snapshot.AcceptVariable}\n", script, StringComparison.Ordinal);
        Assert.DoesNotContain($"export {CompilationSwitch.SkipVariable}", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_paths_follow_the_Verify_convention()
    {
        var file = Path.Combine("repo", "tests", "GeneratorTests.cs");
        var snapshots = Path.Combine("repo", "tests", "Snapshots");

        Assert.Equal(Path.Combine(snapshots, "GeneratorTests.Emits#NkFmVisit.g.verified.cs"), Snapshot.VerifiedPath(file, "Emits", "NkFmVisit.g.cs"));
        Assert.Equal(Path.Combine(snapshots, "GeneratorTests.Emits#Articles.g.verified.cs"), Snapshot.VerifiedPath(file, "Emits", "Articles.g.cs"));
        Assert.Equal(Path.Combine(snapshots, "GeneratorTests.Emits#sub_x.g.verified.cs"), Snapshot.VerifiedPath(file, "Emits", "sub/x.g.cs"));
        Assert.Equal(Path.Combine(snapshots, "GeneratorTests.Emits.verified.txt"), Snapshot.VerifiedPath(file, "Emits"));
        Assert.Equal(Path.Combine(snapshots, "GeneratorTests.Emits.received.txt"), Snapshot.ReceivedPath(Snapshot.VerifiedPath(file, "Emits")));
    }

    [Fact]
    public void Deterministic_source_paths_are_resolved_against_the_folders_above()
    {
        var source = Path.Combine(_dir, "tests", "Proj", "GeneratorTests.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, "");
        var bin = Path.Combine(_dir, "tests", "Proj", "bin", "Release", "net10.0");
        Directory.CreateDirectory(bin);

        Assert.Equal(source, Snapshot.ResolveSourcePath("/_/tests/Proj/GeneratorTests.cs", bin));
        Assert.Equal("/_/tests/Proj/Nowhere.cs", Snapshot.ResolveSourcePath("/_/tests/Proj/Nowhere.cs", bin));
    }

    [Fact]
    public void The_caller_file_path_of_a_test_resolves_to_the_source_file()
    {
        var path = Snapshot.ResolveSourcePath(CallerFile());

        Assert.True(File.Exists(path), $"{path} (from {CallerFile()}) does not exist.");
        Assert.Equal("SnapshotTests.cs", Path.GetFileName(path));
    }

    private static string CallerFile([CallerFilePath] string file = "") => file;
}
