using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleFacts.Cli.Json;

/// <summary>Writes fact sheets as JSON: an array of <see cref="SheetJson"/>, indented, camelCase.</summary>
public static class FactSheetJson
{
    /// <summary>The serializer options of the output: camelCase names, snake_case enum values (as in the facts files), nulls written, indented.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // The output is a file or a terminal, not HTML: keep quotes and non-ASCII letters readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    /// <summary>The JSON text of <paramref name="sheets"/>.</summary>
    public static string Serialize(IReadOnlyList<FactSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        return JsonSerializer.Serialize(sheets.Select(JsonMapper.Map).ToList(), Options);
    }

    /// <summary>Writes the JSON of <paramref name="sheets"/> and a final newline to <paramref name="writer"/>.</summary>
    public static void Write(IReadOnlyList<FactSheet> sheets, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Serialize(sheets));
        writer.Write('\n');
        writer.Flush();
    }
}
