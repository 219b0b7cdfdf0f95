using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>Small renderables shared by the sections. Every piece of data is escaped before it becomes markup.</summary>
internal static class Cells
{
    /// <summary>Plain text, or a grey dash when empty.</summary>
    public static IRenderable Plain(string? text) =>
        string.IsNullOrEmpty(text) ? Dash() : new Text(text);

    /// <summary>A grey dash for a missing value.</summary>
    public static IRenderable Dash() => new Markup("[grey]-[/]");

    /// <summary>Text in the given style (a Spectre style such as <c>bold</c>).</summary>
    public static IRenderable Styled(string text, string style) => new Markup($"[{style}]{Markup.Escape(text)}[/]");

    /// <summary>Quoted article text: <c>"…"</c>.</summary>
    public static string Quoted(string text) => "\u201C" + text + "\u201D";

    /// <summary>An anchor: its <c>line:column</c> in grey, then its quoted text.</summary>
    public static IRenderable Anchor(ArticleFacts.Anchor anchor) =>
        new Markup($"[grey]{Format.Position(anchor)}[/] {Markup.Escape(Quoted(anchor.Text))}");

    /// <summary>A list of names, one a line, or a dash.</summary>
    public static IRenderable Lines(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Dash() : new Text(string.Join("\n", list));
    }

    /// <summary>An entity as its name and grey id: <c>Choe Son Hui (choe_son_hui)</c>.</summary>
    public static string EntityMarkup(Entity entity) =>
        $"{Markup.Escape(entity.Name)} [grey]({Markup.Escape(entity.Id)})[/]";

    /// <summary>An entity's name, or a dash.</summary>
    public static IRenderable EntityName(Entity? entity) => entity is null ? Dash() : new Text(entity.Name);

    /// <summary>
    /// A table in the common style, a row per item: each column a heading and the cell it shows of an item. The id and
    /// ISO date columns never wrap.
    /// </summary>
    public static Table Table<T>(IEnumerable<T> items, params (string Heading, Func<T, IRenderable> Cell)[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var (heading, _) in columns)
        {
            var tableColumn = new TableColumn(new Markup($"[bold]{Markup.Escape(heading)}[/]"));
            table.AddColumn(heading is "Id" or "ISO" ? tableColumn.NoWrap() : tableColumn);
        }

        foreach (var item in items)
        {
            table.AddRow(columns.Select(column => column.Cell(item)).ToArray());
        }

        return table;
    }
}
