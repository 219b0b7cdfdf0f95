using System.Collections.Generic;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleFacts.Cli.Export;
using ArticleFacts.Cli.Reading;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>export [PATH...]</c>: facts files, or the compiled facts, as schema.org JSON-LD or W3C Web Annotations.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "jsonld: schema.org JSON-LD (NewsArticle, Claim, Quotation, Person, Organization, Place, Country); annotations: W3C Web Annotations with text quote and position selectors.",
            DefaultValueFactory = _ => ExportFormat.JsonLd,
        };
        var article = SheetCommand.ArticleOption("Export only the article with this id.");
        var output = CommonOptions.Output("Write to this file instead of standard output.");
        var command = new Command("export", "Export facts files (checked as the build checks them; findings on standard error), or without a path the compiled facts: JSON-LD (schema.org) or W3C Web Annotations.");
        return command.OverFacts(
            context,
            CommonOptions.Paths(required: false),
            [format, article, output],
            (parsed, request) => Execute(context, request, parsed.GetValue(format), parsed.GetValue(article), parsed.GetValue(output)));
    }

    private static int Execute(CliContext context, FactsRequest request, ExportFormat format, string? articleId, string? outputPath)
    {
        IReadOnlyList<FactSheet> sheets = context.Sheets;
        LoadedFacts? loaded = null;
        if (request.Paths.Length > 0)
        {
            loaded = FactsLoader.Load(context, request);
            if (loaded is null)
            {
                return CliApp.UsageError;
            }

            sheets = loaded.Sheets;
        }

        if (SheetCommand.Select(context, sheets, articleId) is not { } selected)
        {
            return CliApp.UsageError;
        }

        JsonNode document = format == ExportFormat.Annotations ? AnnotationExport.Collection(selected) : JsonLdExport.Document(selected);
        context.WriteOutput(outputPath, document.ToJsonString(Indented) + "\n");

        return loaded is { HasErrors: true } ? CliApp.CheckFailed : 0;
    }
}
