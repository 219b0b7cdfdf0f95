using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The quantities as a table: comparator in words, value, unit, alternative and surface text.</summary>
internal static class QuantityView
{
    public static IRenderable Build(ValueArray<Quantity> quantities)
    {
        var table = Cells.Table("Id", "Comparator", "Value", "Unit", "Alt", "Text");
        table.Columns[2].RightAligned();
        foreach (var quantity in quantities)
        {
            var comparator = Format.Words(quantity.Comparator);
            table.AddRow(
                Cells.Styled(quantity.Id, "grey"),
                comparator.Length == 0 ? Cells.Styled("exactly", "grey") : new Text(comparator),
                new Text(Format.Number(quantity.Value)),
                new Text(quantity.Unit),
                quantity.Alt is null ? Cells.Dash() : new Text(Format.Amount(quantity.Alt.Value, quantity.Alt.Unit)),
                Cells.Anchor(quantity.At));
        }

        return table;
    }
}
