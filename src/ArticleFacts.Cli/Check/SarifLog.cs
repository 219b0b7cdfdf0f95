using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Check;

/// <summary>
/// Writes findings as a SARIF 2.1.0 log for code-scanning tools: one run whose tool.driver lists
/// every rule (id, name, description, help page, default level) and whose results point at the
/// facts file (or article text) with a 1-based region; columns are UTF-16 code units.
/// </summary>
public static class SarifLog
{
    /// <summary>The SARIF 2.1.0 JSON schema the log names.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The version of the CLI, without build metadata.</summary>
    public static string ToolVersion { get; } = ReadVersion();

    /// <summary>Writes the log of <paramref name="findings"/> to <paramref name="writer"/>.</summary>
    public static void Write(IReadOnlyList<CheckFinding> findings, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(writer);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in findings)
            {
                WriteResult(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
        writer.Flush();
    }

    /// <summary>The artifact URI of a path: a relative reference for a relative path, a file: URI for an absolute one.</summary>
    public static string Uri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var unified = path.Replace('\\', '/');
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        return string.Join("/", unified.Split('/').Select(System.Uri.EscapeDataString));
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", CliApp.CommandName);
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in FactsChecker.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", $"See {rule.HelpPage} in the ArticleFacts package.");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CheckFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Id);
        var index = IndexOf(finding.Id);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(finding.Path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int IndexOf(string id)
    {
        for (var i = 0; i < FactsChecker.Rules.Count; i++)
        {
            if (FactsChecker.Rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Level(CheckSeverity severity) => severity == CheckSeverity.Error ? "error" : "warning";

    private static string ReadVersion()
    {
        var assembly = typeof(SarifLog).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
