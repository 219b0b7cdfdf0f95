using System;
using System.Linq;
using System.Text.Json;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>show PATH...</c>: the fact sheet of facts files written by the test, through the build's checks.</summary>
public class ShowCommandTests
{
    [Fact]
    public void A_written_file_shows_its_sheet_and_the_summary_on_stderr()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        var result = Cli.Run("show", dir.Path);
        Assert.Equal((0, "1 file, 0 errors, 0 warnings\n", string.Empty), (result.ExitCode, result.Stderr, result.Stdout));
        Assert.Contains("harbour \u2014 Harbour <b>reopens</b>", result.Console, StringComparison.Ordinal);
        Assert.Contains("Anna Berg-Olsen", TestOutput.Section(result.Console, "Entities"), StringComparison.Ordinal);
        Assert.Contains("{crane}", TestOutput.Section(result.Console, "Quantities"), StringComparison.Ordinal);
        Assert.Contains("The council", TestOutput.Section(result.Console, "Claims"), StringComparison.Ordinal);
        Assert.Contains("2024-03-04", TestOutput.Section(result.Console, "Dates"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_shows_exactly_as_the_compiled_seed()
    {
        // The facts the reader builds from the YAML and those the generator compiled into ArticleFacts.Data are the same records.
        using var dir = new TempDir();
        var shown = Cli.Run("show", dir.CopySeed(), "--json");
        var compiled = Cli.Run("--json");
        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(compiled.Stdout, shown.Stdout);
        Assert.Equal(Cli.Run().Console, Cli.Run("show", dir.Path).Console);
    }

    [Fact]
    public void Json_holds_the_facts_of_a_written_file_with_references_as_ids()
    {
        using var dir = new TempDir();
        var result = Cli.Run("show", dir.WriteHarbour(), "--json");
        using var json = JsonDocument.Parse(result.Stdout);
        var sheet = Assert.Single(json.RootElement.EnumerateArray());
        var claim = sheet.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "c_reopen");
        Assert.Equal(("anna", "reported", "q_harbour"), (claim.GetProperty("source").GetString(), claim.GetProperty("stance").GetString(), claim.GetProperty("evidenceQuote").GetString()));
        var quote = sheet.GetProperty("quotes")[0];
        var start = Samples.HarbourText.IndexOf("the harbour", StringComparison.Ordinal);
        Assert.Equal((start, "anna"), (quote.GetProperty("anchor").GetProperty("start").GetInt32(), quote.GetProperty("speaker").GetString()));
    }

    [Fact]
    public void A_file_with_errors_shows_its_findings_and_the_other_files_their_facts()
    {
        using var dir = new TempDir();
        dir.WriteHarbour("good");
        var bad = dir.WriteHebrew("bad");
        var yaml = Samples.HebrewYaml.Replace("at: \"12", "at: \"13", StringComparison.Ordinal);
        System.IO.File.WriteAllText(bad, yaml);
        var result = Cli.Run("show", dir.Path);
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(result.Stderr.Split('\n'), l => l.Contains(" AF", StringComparison.Ordinal));
        Assert.StartsWith(bad.Replace('\\', '/') + $"({Seed.LineOf(yaml, "q_cranes")},", finding, StringComparison.Ordinal);
        Assert.Contains(": error AF1001: ", finding, StringComparison.Ordinal);
        Assert.EndsWith("2 files, 1 error, 0 warnings\n", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Anna Berg-Olsen", result.Console, StringComparison.Ordinal);

        // The broken file shows what is not withheld: its article, without the quantity whose anchor is not in the text.
        var json = Cli.Run("show", dir.Path, "--json", "-a", "hebrew");
        var hebrew = Assert.Single(JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray());
        Assert.Equal((1, 0), (json.ExitCode, hebrew.GetProperty("quantities").GetArrayLength()));
        Assert.Equal("gazette", hebrew.GetProperty("article").GetProperty("publisher").GetString());
    }

    [Fact]
    public void Article_option_picks_one_of_the_files_and_an_unknown_id_is_a_usage_error()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        dir.WriteHebrew();
        var one = Cli.Run("show", dir.Path, "--json", "--article", "hebrew");
        Assert.Equal("hebrew", Assert.Single(JsonDocument.Parse(one.Stdout).RootElement.EnumerateArray()).GetProperty("article").GetProperty("id").GetString());
        var unknown = Cli.Run("show", dir.Path, "--article", "nope");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Known article ids: harbour, hebrew", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_paths_are_usage_errors()
    {
        using var dir = new TempDir();
        Assert.Equal(2, Cli.Run("show").ExitCode);
        var result = Cli.Run("show", dir["nope.facts.yaml"]);
        Assert.Equal((2, string.Empty), (result.ExitCode, result.Stdout));
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no facts files", Cli.Run("show", dir.Path).Stderr, StringComparison.Ordinal);
    }
}
