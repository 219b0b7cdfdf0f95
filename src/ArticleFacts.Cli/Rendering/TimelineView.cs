using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The events as a dated timeline, earliest first, undated last.</summary>
internal static class TimelineView
{
    public static IRenderable Build(ValueArray<Event> events)
    {
        var table = Cells.Table("When", "Event", "Trigger", "Participants", "Place", "Tense");
        table.Columns[0].NoWrap();
        table.Columns[1].NoWrap();
        foreach (var e in Timeline.Order(events))
        {
            table.AddRow(
                When(e.When),
                new Markup($"[bold]{Markup.Escape(e.Type)}[/]\n[grey]{Markup.Escape(e.Id)}[/]"),
                Cells.Anchor(e.Trigger),
                Cells.Lines(e.Participants.Select(p => p.Name)),
                Cells.EntityName(e.Place),
                e.Tense is { } tense ? new Text(Format.Spaced(tense.ToString())) : Cells.Dash());
        }

        return table;
    }

    private static IRenderable When(DateExpression? when)
    {
        if (when is null)
        {
            return new Markup("[grey]undated[/]");
        }

        var mod = when.Mod is { } m ? Format.Words(m) + " " : string.Empty;
        return new Markup($"{Markup.Escape(mod)}[bold]{Markup.Escape(Format.Iso(when))}[/]\n[grey]{Markup.Escape(Cells.Quoted(when.At.Text))}[/]");
    }
}
