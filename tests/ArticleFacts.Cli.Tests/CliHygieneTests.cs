using System;
using System.Threading;
using ArticleFacts.Cli.Check;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

/// <summary>The command line itself: cancellation (exit 130), progress on a terminal only, --no-progress, completion, enum formats.</summary>
public class CliHygieneTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("show")]
    [InlineData("export")]
    [InlineData("review")]
    public void Cancelling_stops_the_work_and_exits_130(string command)
    {
        using var dir = new TempDir();
        for (var i = 0; i < 5; i++)
        {
            dir.WriteHarbour("h" + i, Samples.HarbourYaml.Replace("id: harbour", "id: harbour" + i, StringComparison.Ordinal));
        }

        // The token is cancelled from inside the work: on the second file read (the first article's text).
        using var cancellation = new CancellationTokenSource();
        var reads = 0;
        var environment = new CliEnvironment
        {
            ReadFile = path =>
            {
                if (++reads == 2)
                {
                    cancellation.Cancel();
                }

                return FactsFiles.Read(path);
            },
        };
        using var console = new TestConsole();
        var stdout = TestOutput.Writer();
        var stderr = TestOutput.Writer();
        var code = CliApp.Run([command, dir.Path], ArticleFacts.Data.Articles.All, console, stdout, stderr, environment, cancellation.Token);
        Assert.Equal((CliApp.Cancelled, string.Empty, "articlefacts: cancelled\n"), (code, stdout.ToString(), stderr.ToString()));
        Assert.Equal(2, reads); // the second file is never read
    }

    [Fact]
    public void Progress_goes_to_standard_error_only_when_it_is_a_terminal()
    {
        Assert.NotNull(CliEnvironment.ForStandardError(TestOutput.Writer(), redirected: false).ProgressConsole);
        Assert.Null(CliEnvironment.ForStandardError(TestOutput.Writer(), redirected: true).ProgressConsole);
        Assert.Null(new CliEnvironment().ProgressConsole);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("show")]
    public void No_progress_shows_nothing_even_on_a_terminal(string command)
    {
        using var dir = new TempDir();
        for (var i = 0; i < 51; i++)
        {
            dir.WriteHebrew($"f{i:D2}");
            System.IO.File.WriteAllText(dir[$"f{i:D2}/hebrew.facts.yaml"], Samples.HebrewYaml.Replace("id: hebrew", $"id: h{i}", StringComparison.Ordinal));
        }

        using var terminal = new TestConsole().Interactive();
        var live = Cli.Run(new CliEnvironment { ProgressConsole = terminal }, command, dir.Path);
        Assert.Equal(0, live.ExitCode);
        Assert.NotEqual(string.Empty, terminal.Output); // the live status line, cleared when the work ends

        using var quiet = new TestConsole().Interactive();
        var none = Cli.Run(new CliEnvironment { ProgressConsole = quiet }, command, dir.Path, "--no-progress");
        Assert.Equal((0, string.Empty), (none.ExitCode, quiet.Output));
        Assert.DoesNotContain("checked 50/51", none.Stderr, StringComparison.Ordinal);
        Assert.Contains("checked 50/51", Cli.Run(command, dir.Path).Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_commands()
    {
        var result = Cli.Run("[suggest]", "sh");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "sheet", "show" }, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Formats_are_enumerations_in_any_case_and_others_are_usage_errors()
    {
        using var dir = new TempDir();
        dir.WriteHebrew();
        Assert.Equal(0, Cli.Run("check", dir.Path, "-f", "SARIF").ExitCode);
        Assert.Equal(0, Cli.Run("export", dir.Path, "-f", "jsonld").ExitCode);
        var bad = Cli.Run("check", dir.Path, "-f", "xml");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("xml", bad.Stderr, StringComparison.Ordinal);
    }
}
