using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The sections that are tables, a row a fact: each is its columns, a heading and the cell it shows of a fact.</summary>
internal static class FactTables
{
    /// <summary>The entities: id, name, type, roles, aliases, part of.</summary>
    public static IRenderable Entities(ValueArray<Entity> entities) => Cells.Table(
        entities,
        ("Id", entity => Cells.Styled(entity.Id, "grey")),
        ("Name", entity => entity.Mentioned ? new Text(entity.Name) : new Markup($"{Markup.Escape(entity.Name)} [grey](not in body)[/]")),
        ("Type", entity => new Text(Format.Spaced(entity.Type.ToString()))),
        ("Roles", entity => Cells.Lines(entity.Roles.Select(Role))),
        ("Aliases", entity => Cells.Lines(entity.Aliases)),
        ("Part of", entity => Cells.EntityName(entity.PartOf)));

    /// <summary>The events as a dated timeline, earliest first, undated last.</summary>
    public static IRenderable Events(ValueArray<Event> events)
    {
        var table = Cells.Table(
            Timeline.Order(events),
            ("When", e => When(e.When)),
            ("Event", e => new Markup($"[bold]{Markup.Escape(e.Type)}[/]\n[grey]{Markup.Escape(e.Id)}[/]")),
            ("Trigger", e => Cells.Anchor(e.Trigger)),
            ("Participants", e => Cells.Lines(e.Participants.Select(p => p.Name))),
            ("Place", e => Cells.EntityName(e.Place)),
            ("Tense", e => e.Tense is { } tense ? new Text(Format.Spaced(tense.ToString())) : Cells.Dash()));
        table.Columns[0].NoWrap();
        table.Columns[1].NoWrap();
        return table;
    }

    /// <summary>The quotes: speaker, kind, position, cue and the quoted words.</summary>
    public static IRenderable Quotes(ValueArray<Quote> quotes) => Cells.Table(
        quotes,
        ("Speaker", quote => new Markup(Cells.EntityMarkup(quote.Speaker))),
        ("Kind", quote => new Text(Format.Spaced(quote.Kind.ToString()))),
        ("At", quote => new Text(Format.Position(quote.Anchor))),
        ("Cue", quote => quote.Cue is null ? Cells.Dash() : Cells.Anchor(quote.Cue)),
        ("Quote", quote => new Text(Cells.Quoted(quote.Text))));

    /// <summary>The quantities: comparator in words, value, unit, alternative and surface text.</summary>
    public static IRenderable Quantities(ValueArray<Quantity> quantities)
    {
        var table = Cells.Table(
            quantities,
            ("Id", quantity => Cells.Styled(quantity.Id, "grey")),
            ("Comparator", quantity => Format.Words(quantity.Comparator) is { Length: > 0 } words ? new Text(words) : Cells.Styled("exactly", "grey")),
            ("Value", quantity => new Text(Format.Number(quantity.Value))),
            ("Unit", quantity => new Text(quantity.Unit)),
            ("Alt", quantity => quantity.Alt is null ? Cells.Dash() : new Text(Format.Amount(quantity.Alt.Value, quantity.Alt.Unit))),
            ("Text", quantity => Cells.Anchor(quantity.At)));
        table.Columns[2].RightAligned();
        return table;
    }

    /// <summary>The date expressions: ISO value or range, modifier, rule and surface text.</summary>
    public static IRenderable Dates(ValueArray<DateExpression> dates) => Cells.Table(
        dates,
        ("Id", date => Cells.Styled(date.Id, "grey")),
        ("ISO", date => new Text(Format.Iso(date))),
        ("Mod", date => date.Mod is { } mod ? new Text(Format.Words(mod)) : Cells.Dash()),
        ("Rule", date => date.Rule is { } rule ? new Text(Format.Words(rule)) : Cells.Dash()),
        ("Text", date => Cells.Anchor(date.At)));

    /// <summary><c>Minister of Foreign Affairs, North Korea</c>.</summary>
    private static string Role(Role role) => role.Of is null ? role.Title : $"{role.Title}, {role.Of.Name}";

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
