using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The entities as a table: id, name, type, roles, aliases, part of.</summary>
internal static class EntityView
{
    public static IRenderable Build(ValueArray<Entity> entities)
    {
        var table = Cells.Table("Id", "Name", "Type", "Roles", "Aliases", "Part of");
        foreach (var entity in entities)
        {
            var name = entity.Mentioned
                ? new Text(entity.Name)
                : (IRenderable)new Markup($"{Markup.Escape(entity.Name)} [grey](not in body)[/]");
            table.AddRow(
                Cells.Styled(entity.Id, "grey"),
                name,
                new Text(Format.Spaced(entity.Type.ToString())),
                Cells.Lines(entity.Roles.Select(Role)),
                Cells.Lines(entity.Aliases),
                Cells.EntityName(entity.PartOf));
        }

        return table;
    }

    /// <summary><c>Minister of Foreign Affairs, North Korea</c>.</summary>
    private static string Role(Role role) => role.Of is null ? role.Title : $"{role.Title}, {role.Of.Name}";
}
