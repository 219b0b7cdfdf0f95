using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The quotes as a table: speaker, kind, position, cue and the quoted words.</summary>
internal static class QuoteView
{
    public static IRenderable Build(ValueArray<Quote> quotes)
    {
        var table = Cells.Table("Speaker", "Kind", "At", "Cue", "Quote");
        foreach (var quote in quotes)
        {
            table.AddRow(
                new Markup(Cells.EntityMarkup(quote.Speaker)),
                new Text(Format.Spaced(quote.Kind.ToString())),
                new Text(Format.Position(quote.Anchor)),
                quote.Cue is null ? Cells.Dash() : Cells.Anchor(quote.Cue),
                new Text(Cells.Quoted(quote.Text)));
        }

        return table;
    }
}
