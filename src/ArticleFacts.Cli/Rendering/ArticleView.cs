using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The article's metadata as a two-column grid.</summary>
internal static class ArticleView
{
    public static IRenderable Build(Article article)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        Row(grid, "Id", new Text(article.Id));
        Row(grid, "Title", Cells.Plain(article.Title));
        Row(grid, "Publisher", new Markup(Cells.EntityMarkup(article.Publisher)));
        Row(grid, "Published", new Text(Format.Date(article.Published)));
        Row(grid, "Language", new Text(article.Language));
        Row(grid, "Url", Cells.Plain(article.Url));
        var lines = Format.LineRange(article.Body);
        Row(grid, "Body", new Text(
            $"{(lines.Contains('-') ? "lines" : "line")} {lines} (characters {Format.Integer(article.Body.Start)}-{Format.Integer(article.Body.End)})"));
        Row(grid, "Text length", new Text($"{Format.Integer(article.Text.Length)} characters"));
        return new Panel(grid).Border(BoxBorder.Rounded).BorderColor(Color.Grey);
    }

    private static void Row(Grid grid, string label, IRenderable value) =>
        grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), value);
}
