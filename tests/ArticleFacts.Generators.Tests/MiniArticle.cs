using System;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests;

/// <summary>A small valid article to break one thing at a time, and assertions on the diagnostics.</summary>
internal static class MiniArticle
{
    public const string YamlPath = "data/mini.facts.yaml";
    public const string TextPath = "data/mini.txt";

    /// <summary>Line 1 is the body; line 3 is a footer that the valid facts cut off with end_before.</summary>
    public const string ArticleText = ArticleFacts.TestData.MiniArticleSource.ArticleText;

    /// <summary>A valid facts file for <see cref="ArticleText"/>: every section, every kind of value.</summary>
    public const string ValidYaml = ArticleFacts.TestData.MiniArticleSource.ValidYaml;

    public static GeneratorRun Run(string yaml, string? text = ArticleText) =>
        text is null
            ? GeneratorHarness.Run((YamlPath, yaml))
            : GeneratorHarness.Run((YamlPath, yaml), (TextPath, text));

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in the valid YAML.</summary>
    public static string With(string old, string replacement)
    {
        var at = ValidYaml.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || ValidYaml.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{old}' must occur exactly once in the mini YAML", nameof(old));
        }

        return ValidYaml.Substring(0, at) + replacement + ValidYaml.Substring(at + old.Length);
    }

    /// <summary>
    /// Asserts the run reported exactly one diagnostic, with this id, severity, place and message part; and that the
    /// article is still generated whenever its class name is known, and compiles (withholding keeps the code whole).
    /// </summary>
    public static Diagnostic Single(GeneratorRun run, string id, int line, int column, string messagePart, DiagnosticSeverity severity = DiagnosticSeverity.Error, string path = YamlPath)
    {
        var all = run.FactsDiagnostics;
        Assert.True(all.Length == 1, $"Expected exactly one {id}, got:\n{DiagnosticText.FormatAll(all)}");
        var diagnostic = all[0];
        AssertIs(diagnostic, id, line, column, messagePart, severity, path);
        if (severity == DiagnosticSeverity.Error && run.Sources.ContainsKey("Mini.g.cs"))
        {
            var errors = run.GeneratedCodeDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The generated code of an article with errors must compile, got:\n" + DiagnosticText.FormatAll(errors));
        }

        return diagnostic;
    }

    public static void AssertIs(Diagnostic diagnostic, string id, int line, int column, string messagePart, DiagnosticSeverity severity = DiagnosticSeverity.Error, string path = YamlPath)
    {
        var formatted = DiagnosticText.Format(diagnostic);
        Assert.True(diagnostic.Id == id, $"Expected {id}, got {formatted}");
        Assert.True(diagnostic.Severity == severity, $"Expected {severity}, got {formatted}");
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(span.Path == path && span.StartLinePosition.Line + 1 == line && span.StartLinePosition.Character + 1 == column, $"Expected {path}({line},{column}), got {formatted}");
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(message.Contains(messagePart, StringComparison.Ordinal), $"Expected the message to contain \"{messagePart}\", got {formatted}");
    }

    /// <summary>Asserts no diagnostic of <paramref name="id"/> was reported.</summary>
    public static void None(GeneratorRun run, string id) =>
        Assert.False(run.FactsDiagnostics.Any(d => d.Id == id), $"Expected no {id}, got:\n{DiagnosticText.FormatAll(run.FactsDiagnostics)}");
}
