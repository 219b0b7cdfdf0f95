using System;
using System.Collections.Immutable;
using ArticleFacts.Generators.PropertyTests.Infrastructure;
using ArticleFacts.Generators.Tests;

namespace ArticleFacts.Generators.PropertyTests;

/// <summary>The property harness itself: it would notice a warning, an error, and a wrong value.</summary>
public class HarnessSelfTests
{
    [Theory]
    [InlineData("namespace P0 { public static class Articles { public static int X => 1; } }", "CS1591")]
    [InlineData("namespace P0 { /// <summary>x</summary>\npublic static class Articles { /// <summary>y</summary>\npublic static int X => \"s\"; } }", "CS0029")]
    [InlineData("namespace P0 { /// <summary>x</summary>\npublic static class Articles { /// <summary>y</summary>\npublic static int X { get { int unused = 1; return 2; } } } }", "CS0219")]
    public void Batch_compiler_fails_on_any_warning_or_error(string source, string id)
    {
        var outcome = new CaseOutcome("P0", ImmutableArray<Microsoft.CodeAnalysis.Diagnostic>.Empty, ImmutableArray.Create(("Articles.g.cs", source)), TimeSpan.Zero);
        var e = Assert.Throws<InvalidOperationException>(() => BatchCompiler.CompileAndVerify(new[] { new CompiledCase("case 0", outcome, _ => { }) }));
        Assert.Contains(id, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_compiler_loads_the_facts_and_reports_a_difference()
    {
        var outcome = CaseRunner.Run("P1", new[] { (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, MiniArticle.ArticleText) });
        Assert.False(outcome.HasErrors);
        BatchCompiler.CompileAndVerify(new[] { new CompiledCase("case 1", outcome, sheets => Assert.Equal("mini", Assert.Single(sheets).Article.Id)) });
        var e = Assert.Throws<InvalidOperationException>(() => BatchCompiler.CompileAndVerify(new[] { new CompiledCase("case 1", outcome, sheets => Assert.Equal("other", sheets[0].Article.Id)) }));
        Assert.Contains("case 1: the loaded facts differ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 0.56, 497)] // 560 - 4 x sqrt(1000 x 0.56 x 0.44) = 560 - 62.8
    [InlineData(8000, 0.1, 692)] // 800 - 4 x sqrt(8000 x 0.1 x 0.9) = 800 - 107.3
    [InlineData(10, 0.56, 0)] // too few cases for a floor: 5.6 - 6.3
    [InlineData(1, 0.1, 0)]
    public void The_floor_on_accepted_cases_is_four_standard_deviations_below_the_mean(int cases, double share, int floor)
    {
        Assert.Equal(floor, PropertyRunner.Floor(cases, share));
    }
}
