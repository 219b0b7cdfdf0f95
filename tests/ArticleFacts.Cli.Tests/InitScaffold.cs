using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ArticleFacts.Generators.Tools;
using ArticleFacts.Tests.Schema;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// A facts file read for the tests: its sections as JSON (every scalar text), and its anchors resolved in
/// the article body as the format says (exact words with their prefix and suffix, once in the body).
/// </summary>
internal sealed class FactsDocument
{
    public FactsDocument(string yaml, string text)
    {
        Yaml = yaml;
        Root = YamlJson.Convert(yaml, out var error)?.AsObject() ?? throw new InvalidOperationException(error + "\n" + yaml);
        Text = FactsText.Normalize(text);
        var body = Root["article"]?["body"];
        BodyStart = body?["start_after"] is { } after ? Text.IndexOf(after.GetValue<string>(), StringComparison.Ordinal) + after.GetValue<string>().Length : 0;
        BodyEnd = body?["end_before"] is { } before ? Text.IndexOf(before.GetValue<string>(), BodyStart, StringComparison.Ordinal) : Text.Length;
    }

    public string Yaml { get; }

    public JsonObject Root { get; }

    public string Text { get; }

    public int BodyStart { get; }

    public int BodyEnd { get; }

    /// <summary>The facts of <paramref name="section"/> by id (none when the section is absent).</summary>
    public IEnumerable<(string Id, JsonObject Fact)> Section(string section) =>
        Root[section] is JsonObject facts ? facts.Select(f => (f.Key, f.Value!.AsObject())) : Enumerable.Empty<(string, JsonObject)>();

    public JsonObject Fact(string section, string id) => Root[section]?[id]?.AsObject() ?? throw new InvalidOperationException($"no {section}.{id} in\n{Yaml}");

    /// <summary>Where an anchor lies in the text: a scalar or <c>{exact, prefix, suffix}</c>, or <c>{quote: id}</c> for that quote's words.</summary>
    public (int Start, int End) Resolve(JsonNode anchor)
    {
        if (anchor is JsonObject { } map && map["quote"] is { } quote)
        {
            return Resolve(Fact("quotes", quote.GetValue<string>())["text"]!);
        }

        var (exact, prefix, suffix) = anchor is JsonObject o
            ? (o["exact"]!.GetValue<string>(), o["prefix"]?.GetValue<string>() ?? string.Empty, o["suffix"]?.GetValue<string>() ?? string.Empty)
            : (anchor.GetValue<string>(), string.Empty, string.Empty);
        var starts = new List<int>();
        for (var at = Text.IndexOf(prefix + exact + suffix, BodyStart, StringComparison.Ordinal); at >= 0 && at + prefix.Length + exact.Length + suffix.Length <= BodyEnd; at = Text.IndexOf(prefix + exact + suffix, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at + prefix.Length);
        }

        Assert.True(starts.Count == 1, $"{anchor.ToJsonString()} matches {starts.Count} times in the body");
        return (starts[0], starts[0] + exact.Length);
    }

    /// <summary>The words an anchor (or a quote's evidence) stands for.</summary>
    public string Words(JsonNode anchor)
    {
        var (start, end) = Resolve(anchor);
        return Text[start..end];
    }

    /// <summary>An entity's name and its aliases.</summary>
    public IReadOnlyList<string> Names(string entityId)
    {
        var entity = Fact("entities", entityId);
        var aliases = entity["aliases"] is JsonArray list ? list.Select(a => a!.GetValue<string>()) : Enumerable.Empty<string>();
        return aliases.Prepend(entity["name"]!.GetValue<string>()).ToList();
    }
}

/// <summary>Runs <c>init</c> on an article written in a temp folder, and checks the scaffold as <c>check</c> does.</summary>
internal static class InitScaffold
{
    /// <summary>What a scaffold may still report: TODO placeholders (AF2003), unused candidates (AF4001), uncovered quotations of skipped quotes (AF4002).</summary>
    public static readonly string[] Placeholders = { "AF2003", "AF4001", "AF4002" };

    public static (FactsDocument Facts, IReadOnlyList<CheckFinding> Findings) Run(string name, string text, string published)
    {
        using var dir = new TempDir();
        var textPath = dir.Write(name + ".txt", text);
        var result = Cli.Run("init", textPath, "--published", published);
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Stderr));
        var yamlPath = dir[name + ".facts.yaml"];
        var yaml = File.ReadAllText(yamlPath);
        var findings = FactsChecker.Check(yamlPath, yaml, path => File.Exists(path) ? File.ReadAllText(path) : null);
        return (new FactsDocument(yaml, text), findings);
    }

    /// <summary>Asserts the scaffold is one curator pass from a clean build: nothing but the placeholders, and an AF2003 only for a TODO.</summary>
    public static void AssertOnlyPlaceholders(FactsDocument facts, IReadOnlyList<CheckFinding> findings)
    {
        var unexpected = findings.Where(f => !Placeholders.Contains(f.Id) || (f.Id == "AF2003" && !f.Message.StartsWith("'TODO' is not defined", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected) + "\n\n" + facts.Yaml);
        Assert.Null(YamlJson.Problems(facts.Yaml));
    }
}
