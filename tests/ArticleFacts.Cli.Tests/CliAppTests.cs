using System.Linq;
using System.Text.Json;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

public class CliAppTests
{
    private sealed record Result(int ExitCode, string Console, string Stdout, string Stderr);

    private static Result Run(params string[] args)
    {
        using var console = new TestConsole().Width(200);
        var stdout = TestOutput.Writer();
        var stderr = TestOutput.Writer();
        var code = CliApp.Run(args, Fixtures.Both, console, stdout, stderr);
        return new Result(code, console.Output, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void No_arguments_prints_the_sheet_of_every_article()
    {
        var result = Run();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Fixtures.ArticleId, result.Console);
        Assert.Contains(Fixtures.OtherArticleId, result.Console);
        Assert.True(result.Console.IndexOf(Fixtures.ArticleId) < result.Console.IndexOf(Fixtures.OtherArticleId));
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Sheet_command_is_the_default()
    {
        var result = Run("sheet");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Run().Console, result.Console);
    }

    [Fact]
    public void Article_option_filters_the_sheet()
    {
        var result = Run("--article", Fixtures.OtherArticleId);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(Fixtures.OtherArticleId, result.Console);
        Assert.DoesNotContain(Fixtures.ArticleId, result.Console);
    }

    [Fact]
    public void Unknown_article_exits_2_listing_the_known_ids()
    {
        var result = Run("--article", "unknown");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown", result.Stderr);
        Assert.Contains(Fixtures.ArticleId, result.Stderr);
        Assert.Contains(Fixtures.OtherArticleId, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(string.Empty, result.Console);
    }

    [Fact]
    public void Json_writes_only_json_to_stdout()
    {
        var result = Run("--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Console);
        using var document = JsonDocument.Parse(result.Stdout);
        Assert.Equal(
            [Fixtures.ArticleId, Fixtures.OtherArticleId],
            document.RootElement.EnumerateArray().Select(a => a.GetProperty("article").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("--json", "--article", Fixtures.ArticleId)]
    [InlineData("--article", Fixtures.ArticleId, "--json")]
    [InlineData("sheet", "--json", "-a", Fixtures.ArticleId)]
    public void Json_with_article_filters(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var article = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(Fixtures.ArticleId, article.GetProperty("article").GetProperty("id").GetString());
    }

    [Fact]
    public void Json_with_unknown_article_writes_nothing_to_stdout()
    {
        var result = Run("--json", "--article", "nope");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains(Fixtures.ArticleId, result.Stderr);
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var result = Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains("--json", result.Stdout);
        Assert.Contains("--article", result.Stdout);
        Assert.Contains("sheet", result.Stdout);
        Assert.Equal(string.Empty, result.Console);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error()
    {
        var result = Run("--bogus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Stderr);
        Assert.Equal(string.Empty, result.Console);
    }
}
