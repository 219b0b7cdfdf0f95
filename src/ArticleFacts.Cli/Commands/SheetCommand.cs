using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ArticleFacts.Cli.Json;
using ArticleFacts.Cli.Rendering;

namespace ArticleFacts.Cli.Commands;

/// <summary>The fact sheet: the root command's own action, and <c>sheet</c>.</summary>
internal static class SheetCommand
{
    public static void AddTo(Command root, CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Write the facts as JSON (indented, camelCase) instead of tables." };
        var article = ArticleOption("Show only the article with this id.");
        var sheet = new Command("sheet", "Print the fact sheet of every article (the default).");
        foreach (var command in new[] { root, sheet })
        {
            command.Options.Add(json);
            command.Options.Add(article);
            command.SetAction(parsed => Execute(context, parsed.GetValue(json), parsed.GetValue(article)));
        }

        root.Subcommands.Add(sheet);
    }

    /// <summary>The <c>--article</c>/<c>-a</c> option.</summary>
    public static Option<string?> ArticleOption(string description) => new("--article", "-a") { Description = description, HelpName = "ID" };

    /// <summary>The sheets with <paramref name="articleId"/> (all when null); null (reported) when no sheet has that id.</summary>
    public static IReadOnlyList<FactSheet>? Select(CliContext context, string? articleId) => Select(context, context.Sheets, articleId);

    /// <summary>The sheets of <paramref name="sheets"/> with <paramref name="articleId"/> (all when null); null (reported) when none has that id.</summary>
    public static IReadOnlyList<FactSheet>? Select(CliContext context, IReadOnlyList<FactSheet> sheets, string? articleId)
    {
        if (articleId is null)
        {
            return sheets;
        }

        var selected = sheets.Where(s => string.Equals(s.Article.Id, articleId, StringComparison.Ordinal)).ToList();
        if (selected.Count == 0)
        {
            var known = sheets.Count == 0 ? "(none)" : string.Join(", ", sheets.Select(s => s.Article.Id));
            context.Stderr.WriteLine($"Unknown article '{articleId}'. Known article ids: {known}");
            return null;
        }

        return selected;
    }

    private static int Execute(CliContext context, bool json, string? articleId) =>
        Select(context, articleId) is { } selected ? Write(context, selected, json) : CliApp.UsageError;

    /// <summary>Writes <paramref name="selected"/> as tables to the console, or as JSON to standard output.</summary>
    public static int Write(CliContext context, IReadOnlyList<FactSheet> selected, bool json)
    {
        if (json)
        {
            FactSheetJson.Write(selected, context.Stdout);
        }
        else
        {
            FactSheetRenderer.Render(selected, context.Console);
        }

        return 0;
    }
}
