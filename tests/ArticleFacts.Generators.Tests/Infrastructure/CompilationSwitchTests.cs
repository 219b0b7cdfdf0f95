using System.Globalization;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>The guard of <see cref="CompilationSwitch"/>: visible when compilation is off, a real check when it is on.</summary>
public class CompilationSwitchTests
{
    [CompilationFact]
    public void The_generated_code_is_compiled_and_its_errors_are_seen()
    {
        // A source that clashes with the generated catalogue (a partial class): only compiling the output can notice.
        var options = new HarnessOptions { ArticleFactsNamespace = "Clash", Sources = new[] { "namespace Clash { public static class Articles { } }" } };
        var run = GeneratorHarness.Run(options, (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, MiniArticle.ArticleText));
        Assert.Empty(run.FactsDiagnostics);
        Assert.Contains(run.CompilationDiagnostics, d => d.Id == "CS0260" && d.GetMessage(CultureInfo.InvariantCulture).Contains("'Articles'", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("true", false)]
    public void Only_exactly_1_turns_compilation_off(string? value, bool skip)
    {
        Assert.Equal(skip, CompilationSwitch.IsSkip(value));
    }
}
