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
    public const string ArticleText =
        "Alice Smith said the plan was \"ready to go.\" Acme Corp agreed on Monday.\n" +
        "Acme Corp shipped 12 crates to Alice Smith.\n" +
        "Subscribe to Acme News for the plan.\n";

    /// <summary>A valid facts file for <see cref="Text"/>: every section, every kind of value.</summary>
    public const string ValidYaml = """
        schema: articlefacts/1
        article:
          id: mini
          publisher: acme
          published: "2024-01-14"
          body:
            end_before: Subscribe to
        entities:
          acme:
            type: organization
            name: Acme Corp
          alice:
            type: person
            name: Alice Smith
            roles:
              - title: customer
                of: acme
        events:
          ev_shipment:
            type: delivery
            trigger: shipped 12 crates
            participants: [acme, alice]
            when: d_monday
            tense: past
        claims:
          c_ready:
            statement: The plan is ready.
            source: alice
            stance: reported
            evidence: {quote: q_ready}
            cue: said
          c_shipped:
            statement: Acme shipped twelve crates to Alice.
            source: author
            stance: asserted
            evidence: Acme Corp shipped 12 crates to Alice Smith
            quantities: [qty_crates]
        quotes:
          q_ready:
            text: ready to go
            speaker: alice
            kind: partial
        quantities:
          qty_crates:
            at: 12 crates
            value: 12
            unit: "{crate}"
        dates:
          d_monday:
            at: Monday
            value: "2024-01-08"
            rule: past_weekday
        """;

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

    /// <summary>Asserts the run reported exactly one diagnostic, with this id, severity, place and message part; and generated no article.</summary>
    public static Diagnostic Single(GeneratorRun run, string id, int line, int column, string messagePart, DiagnosticSeverity severity = DiagnosticSeverity.Error, string path = YamlPath)
    {
        var all = run.GeneratorDiagnostics;
        Assert.True(all.Length == 1, $"Expected exactly one {id}, got:\n{DiagnosticText.FormatAll(all)}");
        var diagnostic = all[0];
        AssertIs(diagnostic, id, line, column, messagePart, severity, path);
        if (severity == DiagnosticSeverity.Error)
        {
            Assert.False(run.Sources.ContainsKey("Mini.g.cs"), "An article with errors must not be generated");
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
        Assert.False(run.GeneratorDiagnostics.Any(d => d.Id == id), $"Expected no {id}, got:\n{DiagnosticText.FormatAll(run.GeneratorDiagnostics)}");
}
