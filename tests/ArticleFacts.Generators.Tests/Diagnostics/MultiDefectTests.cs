using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>Independent defects are all reported in one build, each exactly once.</summary>
public class MultiDefectTests
{
    [Fact]
    public void Every_independent_defect_is_reported_once()
    {
        var yaml = ValidYaml
            .Replace("    type: organization", "    tpye: organization")          // AF0002 (not also AF0003)
            .Replace("stance: reported", "stance: claimed")                      // AF0004
            .Replace("trigger: shipped 12 crates", "trigger: shipped 13 crates")  // AF1001
            .Replace("speaker: alice", "speaker: alcie")                         // AF2003 (not repeated by the claim)
            .Replace("value: 12", "value: 11")                                   // AF3004
            .Replace("value: \"2024-01-08\"", "value: \"2024-01-09\"");          // AF3002
        var run = Run(yaml);
        var lines = DiagnosticText.Lines(run.FactsDiagnostics);
        Assert.Equal(
            new[]
            {
                "data/mini.facts.yaml(10,5): error AF0002",
                "data/mini.facts.yaml(21,14): error AF1001",
                "data/mini.facts.yaml(29,13): error AF0004",
                "data/mini.facts.yaml(41,14): error AF2003",
                "data/mini.facts.yaml(46,12): error AF3004",
                "data/mini.facts.yaml(51,12): error AF3002",
            },
            lines.Select(l => l.Substring(0, l.IndexOf(':', l.IndexOf(')')+ 3))).ToArray());

        // Every fact is withheld, by its own error or through one it refers to (everything here leads to acme or has
        // its own error); the class is still there and compiles, with no member a use could read a value from.
        var source = run.Source("Mini.g.cs");
        Assert.Contains("[global::System.Obsolete(\"AF0002 at data/mini.facts.yaml(10,5): ", source, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Entity Acme => throw new global::System.InvalidOperationException(", source, System.StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(\"It refers to the entity 'acme', which is withheld for AF0002 at data/mini.facts.yaml(10,5): ", source, System.StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(source, @"All \{ get; \} = global::System\.Collections\.Immutable\.ImmutableArray<global::ArticleFacts\.\w+>\.Empty;").Count);
        Assert.DoesNotContain(" { get; } = ", source.Replace("All { get; } = ", string.Empty, System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Empty(Infrastructure.EmittedData.Lines(source));
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }
}
