using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ArticleFacts.Tests.Schema;

/// <summary>
/// A facts file as an editor's JSON Schema validator sees it: YAML read with YamlDotNet's
/// representation model into JSON where, as the format says, every scalar is a string; an empty
/// plain value (<c>key:</c>) is null. Shared by the generator and CLI tests (linked, not copied).
/// </summary>
internal static class YamlJson
{
    public const string SchemaFile = "articlefacts-1.schema.json";

    private static readonly Lazy<JsonSchema> LazySchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", SchemaFile)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The facts format's JSON Schema (schema/articlefacts-1.schema.json, copied beside the tests).</summary>
    public static JsonSchema Schema => LazySchema.Value;

    /// <summary>
    /// The JSON of <paramref name="yaml"/>; null with <paramref name="error"/> when it has none: a syntax
    /// error, a duplicate or non-text key, a second document, an anchor, alias or tag.
    /// </summary>
    public static JsonNode? Convert(string yaml, out string? error)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or ArgumentException)
        {
            error = "not representable: " + e.Message;
            return null;
        }

        error = stream.Documents.Count > 1 ? "a second document" : null;
        try
        {
            return error is null && stream.Documents.Count == 1 ? ToJson(stream.Documents[0].RootNode) : null;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Null when <paramref name="yaml"/> is valid against the schema; otherwise why not (or just "invalid" when not <paramref name="explain"/>, faster).</summary>
    public static string? Problems(string yaml, bool explain = true)
    {
        var json = Convert(yaml, out var error);
        if (error is not null)
        {
            return error;
        }

        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = explain ? OutputFormat.List : OutputFormat.Flag });
        if (result.IsValid || !explain)
        {
            return result.IsValid ? null : "invalid";
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return string.Join("; ", errors.Take(5));
    }

    /// <summary>Writes <paramref name="node"/> as block YAML: every string double-quoted, null as an empty value.</summary>
    public static string ToYaml(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, 0, builder);
        return builder.ToString();
    }

    private static JsonNode? ToJson(YamlNode node)
    {
        if (!node.Anchor.IsEmpty || (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific))
        {
            throw new FormatException($"an anchor or tag at {node.Start}");
        }

        switch (node)
        {
            case YamlScalarNode scalar:
                return scalar.Style == ScalarStyle.Plain && string.IsNullOrEmpty(scalar.Value) ? null : JsonValue.Create(scalar.Value ?? string.Empty);
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(ToJson).ToArray());
            case YamlMappingNode mapping:
                var json = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    json.Add(key is YamlScalarNode { Value: { } text } ? text : throw new FormatException($"a key that is not text at {key.Start}"), ToJson(value));
                }

                return json;
            default:
                throw new FormatException($"an alias at {node.Start}");
        }
    }

    private static void Write(JsonNode? node, int indent, StringBuilder builder)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject { Count: > 0 } mapping:
                foreach (var (key, value) in mapping)
                {
                    builder.Append(pad).Append(Quote(key)).Append(':');
                    Child(value, indent, builder);
                }

                break;
            case JsonArray { Count: > 0 } list:
                foreach (var item in list)
                {
                    builder.Append(pad).Append('-');
                    Child(item, indent, builder);
                }

                break;
            default:
                builder.Append(pad).Append(Scalar(node)).Append('\n');
                break;
        }
    }

    private static void Child(JsonNode? value, int indent, StringBuilder builder)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
        {
            builder.Append('\n');
            Write(value, indent + 2, builder);
        }
        else
        {
            builder.Append(value is null ? string.Empty : " " + Scalar(value)).Append('\n');
        }
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonObject => "{}",
        JsonArray => "[]",
        _ => Quote(node.GetValue<string>()),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
