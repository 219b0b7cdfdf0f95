using System;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ArticleFacts.Benchmarks.Downstream;

/// <summary>The alternatives to generated facts: the seed's facts file, or the same data as JSON, embedded and deserialised at run time.</summary>
public static class RuntimeFacts
{
    public const string YamlResource = "nk_fm_visit.facts.yaml";
    public const string JsonResource = "nk_fm_visit.facts.json";

    /// <summary>Reads the embedded YAML and deserialises it with YamlDotNet, as a user would: a deserializer built on first use.</summary>
    public static FactsDto FromYaml() => FromYaml(Resource(YamlResource));

    public static FactsDto FromYaml(string yaml) => YamlReader.Deserializer.Deserialize<FactsDto>(yaml);

    /// <summary>Reads the embedded JSON and deserialises it with System.Text.Json's source-generated metadata.</summary>
    public static FactsDto FromJson() => FromJson(Resource(JsonResource));

    public static FactsDto FromJson(string json) => JsonSerializer.Deserialize(json, FactsJsonContext.Default.FactsDto)!;

    public static string ToJson(FactsDto facts) => JsonSerializer.Serialize(facts, FactsJsonContext.Default.FactsDto);

    public static string Resource(string name)
    {
        using var stream = typeof(RuntimeFacts).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"No embedded resource '{name}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static class YamlReader
    {
        public static readonly IDeserializer Deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithTypeConverter(new AnchorConverter())
            .Build();
    }

    /// <summary>An anchor is a string (the exact text) or a mapping of exact, prefix and suffix (or quote).</summary>
    private sealed class AnchorConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(AnchorDto);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
        {
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                return new AnchorDto { Exact = scalar.Value };
            }

            parser.Consume<MappingStart>();
            var anchor = new AnchorDto();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                var value = parser.Consume<Scalar>().Value;
                switch (key)
                {
                    case "exact": anchor.Exact = value; break;
                    case "prefix": anchor.Prefix = value; break;
                    case "suffix": anchor.Suffix = value; break;
                    case "quote": anchor.Quote = value; break;
                    default: throw new YamlException($"Unknown anchor key '{key}'");
                }
            }

            return anchor;
        }

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) => throw new NotSupportedException();
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(FactsDto))]
internal sealed partial class FactsJsonContext : JsonSerializerContext
{
}
