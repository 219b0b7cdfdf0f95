using System.CommandLine;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleFacts.Cli.Export;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>export</c>: the compiled facts as schema.org JSON-LD or W3C Web Annotations.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonld: schema.org JSON-LD (NewsArticle, Claim, Quotation, Person, Organization, Place, Country); annotations: W3C Web Annotations with text quote and position selectors.",
            DefaultValueFactory = _ => "jsonld",
        };
        format.AcceptOnlyFromAmong("jsonld", "annotations");
        var article = SheetCommand.ArticleOption("Export only the article with this id.");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", "Export the compiled facts for other ecosystems: JSON-LD (schema.org) or W3C Web Annotations.");
        command.Options.Add(format);
        command.Options.Add(article);
        command.Options.Add(output);
        command.SetAction(parsed => Execute(context, parsed.GetValue(format) == "annotations", parsed.GetValue(article), parsed.GetValue(output)));
        return command;
    }

    private static int Execute(CliContext context, bool annotations, string? articleId, string? outputPath)
    {
        if (SheetCommand.Select(context, articleId) is not { } sheets)
        {
            return CliApp.UsageError;
        }

        JsonNode document = annotations ? AnnotationExport.Collection(sheets) : JsonLdExport.Document(sheets);
        var json = document.ToJsonString(Indented) + "\n";
        if (outputPath is null)
        {
            context.Stdout.Write(json);
            context.Stdout.Flush();
        }
        else
        {
            File.WriteAllText(outputPath, json);
        }

        return 0;
    }
}
