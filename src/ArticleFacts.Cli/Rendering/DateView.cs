using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The date expressions as a table: ISO value or range, modifier, rule and surface text.</summary>
internal static class DateView
{
    public static IRenderable Build(ValueArray<DateExpression> dates)
    {
        var table = Cells.Table("Id", "ISO", "Mod", "Rule", "Text");
        foreach (var date in dates)
        {
            table.AddRow(
                Cells.Styled(date.Id, "grey"),
                new Text(Format.Iso(date)),
                date.Mod is { } mod ? new Text(Format.Words(mod)) : Cells.Dash(),
                date.Rule is { } rule ? new Text(Format.Words(rule)) : Cells.Dash(),
                Cells.Anchor(date.At));
        }

        return table;
    }
}
