using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using ArticleFacts.Cli.Export;
using ArticleFacts.Cli.Reading;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>export [PATH...]</c>: facts files, or the compiled facts, as schema.org JSON-LD or W3C Web Annotations.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths(required: false);
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "jsonld: schema.org JSON-LD (NewsArticle, Claim, Quotation, Person, Organization, Place, Country); annotations: W3C Web Annotations with text quote and position selectors.",
            DefaultValueFactory = _ => ExportFormat.JsonLd,
        };
        var article = SheetCommand.ArticleOption("Export only the article with this id.");
        var output = CommonOptions.Output("Write to this file instead of standard output.");
        var noProgress = CommonOptions.NoProgress();
        var command = new Command("export", "Export facts files (checked as the build checks them; findings on standard error), or without a path the compiled facts: JSON-LD (schema.org) or W3C Web Annotations.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(article);
        command.Options.Add(output);
        command.Options.Add(noProgress);
        command.SetCancellableAction(context, (parsed, cancellationToken) => Execute(
            context, parsed.GetValue(paths) ?? Array.Empty<string>(), parsed.GetValue(format), parsed.GetValue(article), parsed.GetValue(output), parsed.GetValue(noProgress), cancellationToken));
        return command;
    }

    private static int Execute(
        CliContext context, string[] paths, ExportFormat format, string? articleId, string? outputPath, bool noProgress, CancellationToken cancellationToken)
    {
        IReadOnlyList<FactSheet> sheets = context.Sheets;
        LoadedFacts? loaded = null;
        if (paths.Length > 0)
        {
            loaded = FactsLoader.Load(context, paths, noProgress, cancellationToken);
            if (loaded is null)
            {
                return CliApp.UsageError;
            }

            loaded.WriteFindings(context.Stderr);
            sheets = loaded.Sheets;
        }

        if (SheetCommand.Select(context, sheets, articleId) is not { } selected)
        {
            return CliApp.UsageError;
        }

        JsonNode document = format == ExportFormat.Annotations ? AnnotationExport.Collection(selected) : JsonLdExport.Document(selected);
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

        return loaded is { HasErrors: true } ? CliApp.CheckFailed : 0;
    }
}
