using System;
using System.IO;
using System.Linq;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>check</c>: the build's findings as compiler-style lines, a summary, exit codes, folder search, progress.</summary>
public class CheckCommandTests
{
    private const string Misquote = "text: significant and worrying escalation";

    [Fact]
    public void A_clean_folder_passes_with_a_summary()
    {
        using var dir = new TempDir();
        dir.CopySeed();
        var result = Cli.Run("check", dir.Path);
        Assert.Equal((0, "1 file, 0 errors, 0 warnings\n", string.Empty), (result.ExitCode, result.Stdout, result.Stderr));
    }

    [Fact]
    public void A_misquote_is_reported_at_the_line_and_column_the_build_reports()
    {
        using var dir = new TempDir();
        var yaml = Seed.Yaml.Replace("text: significant and concerning escalation", Misquote, StringComparison.Ordinal);
        var path = dir.Write("data/nk_fm_visit.facts.yaml", yaml);
        dir.Write("data/nk_fm_visit.txt", Seed.Text);

        var result = Cli.Run("check", path);

        // The same place as FactsCheckerTests.A_misquote_in_the_seed_is_reported_where_the_build_reports_it (generator tests).
        var line = Seed.LineOf(yaml, Misquote);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{path.Replace('\\', '/')}({line},11): error AF1001: Anchor \"significant and worrying escalation\" is not in the article body", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 file, 1 error, 0 warnings", lines[1]);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        using var dir = new TempDir();
        var yaml = Seed.Yaml.Replace("entities:\n", "entities:\n  unused_agency:\n    type: organization\n    name: Unused Agency\n    mentioned: false\n", StringComparison.Ordinal);
        var path = dir.Write("nk_fm_visit.facts.yaml", yaml);
        dir.Write("nk_fm_visit.txt", Seed.Text);
        var result = Cli.Run("check", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"({Seed.LineOf(yaml, "unused_agency:")},3): warning AF4001:", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("1 file, 0 errors, 1 warning\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_searched_recursively_skipping_build_output_and_hidden_folders_and_checked_together()
    {
        using var dir = new TempDir();
        dir.CopySeed("a");
        dir.CopySeed("b/nested");
        dir.CopySeed("bin/Debug");
        dir.CopySeed("obj");
        dir.CopySeed(".git");
        var result = Cli.Run("check", dir.Path);

        // Two files with the same article id: the later one (ordinal path order) is reported, as in one compilation.
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(result.Stdout.Split('\n'), l => l.Contains(" AF", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(dir.Path, "b", "nested", "nk_fm_visit.facts.yaml").Replace('\\', '/') + "(", finding, StringComparison.Ordinal);
        Assert.Contains("error AF2002: The article class 'NkFmVisit' is already taken by", finding, StringComparison.Ordinal);
        Assert.EndsWith("2 files, 1 error, 0 warnings\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        using var dir = new TempDir();
        var missing = dir["nope.facts.yaml"];
        var result = Cli.Run("check", dir.CopySeed(), missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains($"'{missing}' does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_facts_files_is_a_usage_error()
    {
        using var dir = new TempDir();
        var result = Cli.Run("check", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no facts files (*.facts.yaml) under", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_path_is_a_usage_error()
    {
        Assert.Equal(2, Cli.Run("check").ExitCode);
    }

    [Fact]
    public void Long_runs_report_progress_on_stderr_only()
    {
        using var dir = new TempDir();
        for (var i = 0; i < 51; i++)
        {
            dir.Write($"f{i:D2}/a{i}.txt", "Acme Corp said so.\n");
            dir.Write($"f{i:D2}/a{i}.facts.yaml", $"schema: articlefacts/1\narticle: {{id: a{i}, publisher: acme, published: \"2024-01-14\"}}\nentities:\n  acme: {{type: organization, name: Acme Corp}}\n");
        }

        var plain = Cli.Run("check", dir.Path);
        Assert.Equal((0, "checked 50/51 files\n"), (plain.ExitCode, plain.Stderr));
        Assert.Equal("51 files, 0 errors, 0 warnings\n", plain.Stdout);

        using var terminal = new TestConsole().Interactive();
        var live = Cli.Run(new CliEnvironment { ProgressConsole = terminal }, "check", dir.Path);
        Assert.Equal((0, string.Empty, plain.Stdout), (live.ExitCode, live.Stderr, live.Stdout));
    }

    [Fact]
    public void Output_option_writes_the_findings_to_a_file()
    {
        using var dir = new TempDir();
        var yaml = Seed.Yaml.Replace("text: significant and concerning escalation", Misquote, StringComparison.Ordinal);
        var path = dir.Write("x/nk_fm_visit.facts.yaml", yaml);
        dir.Write("x/nk_fm_visit.txt", Seed.Text);
        var result = Cli.Run("check", path, "--output", dir["out.txt"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1 file, 1 error, 0 warnings\n", result.Stdout);
        Assert.Contains("error AF1001:", File.ReadAllText(dir["out.txt"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = Cli.Run("--help");
        Assert.All(new[] { "check", "sheet" }, c => Assert.Contains(c, result.Stdout, StringComparison.Ordinal));
        Assert.Contains("--format", Cli.Run("check", "--help").Stdout, StringComparison.Ordinal);
    }
}
