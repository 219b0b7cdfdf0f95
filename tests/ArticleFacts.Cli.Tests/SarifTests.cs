using System;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace ArticleFacts.Cli.Tests;

/// <summary><c>check --format sarif</c>: a SARIF 2.1.0 log that code-scanning tools accept.</summary>
public class SarifTests
{
    /// <summary>
    /// The parts of the SARIF 2.1.0 schema (OASIS) that code scanning relies on: the required properties
    /// of sarifLog, run, tool, toolComponent, reportingDescriptor, result, message, location,
    /// physicalLocation, artifactLocation and region, their types, and the level enumeration.
    /// </summary>
    private const string SarifSubsetSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["version", "runs"],
          "properties": {
            "$schema": { "type": "string", "format": "uri" },
            "version": { "const": "2.1.0" },
            "runs": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/run" } }
          },
          "$defs": {
            "message": { "type": "object", "anyOf": [{ "required": ["text"] }, { "required": ["id"] }], "properties": { "text": { "type": "string" } } },
            "run": {
              "type": "object",
              "required": ["tool"],
              "properties": {
                "tool": { "type": "object", "required": ["driver"], "properties": { "driver": { "$ref": "#/$defs/toolComponent" } } },
                "columnKind": { "enum": ["utf16CodeUnits", "unicodeCodePoints"] },
                "results": { "type": "array", "items": { "$ref": "#/$defs/result" } }
              }
            },
            "toolComponent": {
              "type": "object",
              "required": ["name"],
              "properties": {
                "name": { "type": "string" },
                "version": { "type": "string" },
                "rules": { "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/reportingDescriptor" } }
              }
            },
            "reportingDescriptor": {
              "type": "object",
              "required": ["id"],
              "properties": {
                "id": { "type": "string" },
                "help": { "$ref": "#/$defs/message" },
                "shortDescription": { "$ref": "#/$defs/message" },
                "defaultConfiguration": { "type": "object", "properties": { "level": { "$ref": "#/$defs/level" } } }
              }
            },
            "level": { "enum": ["none", "note", "warning", "error"] },
            "result": {
              "type": "object",
              "required": ["message"],
              "properties": {
                "ruleId": { "type": "string" },
                "ruleIndex": { "type": "integer", "minimum": -1 },
                "level": { "$ref": "#/$defs/level" },
                "message": { "$ref": "#/$defs/message" },
                "locations": { "type": "array", "items": { "$ref": "#/$defs/location" } }
              }
            },
            "location": { "type": "object", "properties": { "physicalLocation": { "$ref": "#/$defs/physicalLocation" } } },
            "physicalLocation": {
              "type": "object",
              "anyOf": [{ "required": ["address"] }, { "required": ["artifactLocation"] }],
              "properties": {
                "artifactLocation": { "type": "object", "properties": { "uri": { "type": "string", "format": "uri-reference" } } },
                "region": { "$ref": "#/$defs/region" }
              }
            },
            "region": {
              "type": "object",
              "properties": {
                "startLine": { "type": "integer", "minimum": 1 },
                "startColumn": { "type": "integer", "minimum": 1 },
                "endLine": { "type": "integer", "minimum": 1 },
                "endColumn": { "type": "integer", "minimum": 1 }
              }
            }
          }
        }
        """;

    [Fact]
    public void The_log_is_sarif_2_1_0_with_rules_and_located_results()
    {
        using var dir = new TempDir();
        var yaml = Seed.Yaml
            .Replace("text: significant and concerning escalation", "text: significant and worrying escalation", StringComparison.Ordinal)
            .Replace("entities:\n", "entities:\n  unused_agency:\n    type: organization\n    name: Unused Agency\n    mentioned: false\n", StringComparison.Ordinal);
        var path = dir.Write("my data/nk_fm_visit.facts.yaml", yaml);
        dir.Write("my data/nk_fm_visit.txt", Seed.Text);

        var result = Cli.Run("check", "--format", "sarif", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("1 file, 1 error, 1 warning\n", result.Stderr);
        using var log = JsonDocument.Parse(result.Stdout);
        var schema = JsonSchema.FromText(SarifSubsetSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var evaluation = schema.Evaluate(log.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));

        var root = log.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("articlefacts", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "AF1001"
            && r.GetProperty("help").GetProperty("text").GetString() == "See docs/diagnostics/AF1001.md in the ArticleFacts package."
            && !r.TryGetProperty("helpUri", out _)
            && r.GetProperty("defaultConfiguration").GetProperty("level").GetString() == "error");

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new (string?, string?)[] { ("AF4001", "warning"), ("AF1001", "error") }, results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())));
        foreach (var item in results)
        {
            Assert.Equal(item.GetProperty("ruleId").GetString(), rules[item.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
        }

        var location = Assert.Single(results[1].GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        var uri = new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
        Assert.Equal(path, uri.LocalPath);
        Assert.Contains("my%20data", uri.AbsoluteUri, StringComparison.Ordinal);
        var region = location.GetProperty("region");
        var line = Seed.LineOf(yaml, "text: significant and worrying escalation");
        var anchor = "significant and worrying escalation";
        Assert.Equal((line, 11, line, 11 + anchor.Length), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void A_clean_check_is_a_log_without_results()
    {
        using var dir = new TempDir();
        var result = Cli.Run("check", dir.CopySeed(), "--format", "sarif");
        Assert.Equal(0, result.ExitCode);
        using var log = JsonDocument.Parse(result.Stdout);
        Assert.Empty(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("data/nk_fm_visit.facts.yaml", "data/nk_fm_visit.facts.yaml")]
    [InlineData("my data/a#b.facts.yaml", "my%20data/a%23b.facts.yaml")]
    public void Relative_paths_become_relative_uri_references(string path, string uri)
    {
        Assert.Equal(uri, Check.SarifLog.Uri(path));
    }
}
