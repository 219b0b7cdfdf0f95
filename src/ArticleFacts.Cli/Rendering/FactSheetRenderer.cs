using System;
using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>Writes fact sheets to a Spectre console: one block of sections per article.</summary>
public static class FactSheetRenderer
{
    /// <summary>The section titles, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Sections = ["Article", "Entities", "Timeline", "Claims", "Quotes", "Quantities", "Dates"];

    /// <summary>Writes every sheet, in the given order.</summary>
    public static void Render(IReadOnlyList<FactSheet> sheets, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(console);
        if (sheets.Count == 0)
        {
            console.MarkupLine("[grey]No articles.[/]");
            return;
        }

        foreach (var sheet in sheets)
        {
            Render(sheet, console);
        }
    }

    /// <summary>Writes one sheet.</summary>
    public static void Render(FactSheet sheet, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(console);

        var title = Markup.Escape(sheet.Article.Id) + (sheet.Article.Title is null ? string.Empty : " \u2014 " + Markup.Escape(sheet.Article.Title));
        console.Write(new Rule($"[bold yellow]{title}[/]").RuleStyle("yellow").DoubleBorder());
        console.WriteLine();

        Section(console, "Article", 1, () => ArticleView.Build(sheet.Article));
        Section(console, "Entities", sheet.Entities.Count, () => FactTables.Entities(sheet.Entities));
        Section(console, "Timeline", sheet.Events.Count, () => FactTables.Events(sheet.Events));
        Section(console, "Claims", sheet.Claims.Count, () => ClaimView.Build(sheet));
        Section(console, "Quotes", sheet.Quotes.Count, () => FactTables.Quotes(sheet.Quotes));
        Section(console, "Quantities", sheet.Quantities.Count, () => FactTables.Quantities(sheet.Quantities));
        Section(console, "Dates", sheet.Dates.Count, () => FactTables.Dates(sheet.Dates));
    }

    private static void Section(IAnsiConsole console, string title, int count, Func<IRenderable> build)
    {
        var heading = title == "Article" ? title : $"{title} ({Format.Integer(count)})";
        console.Write(new Rule($"[bold]{Markup.Escape(heading)}[/]").LeftJustified().RuleStyle("grey"));
        console.Write(count == 0 ? new Markup("[grey]none[/]\n") : build());
        console.WriteLine();
    }
}
