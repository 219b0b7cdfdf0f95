using System;
using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Init;

/// <summary>Where the body names an entity candidate: by its name or an alias, as a whole word.</summary>
internal sealed record Mention(int Start, int End, EntityCandidate Entity);

/// <summary>
/// The mentions of the entity candidates in the body, longest first where they overlap, in text order:
/// whole words as the build counts them (the characters around are not letters, marks, digits or '_').
/// </summary>
internal static class Mentions
{
    public static List<Mention> Find(ArticleBody body, IEnumerable<EntityCandidate> entities)
    {
        var forms = entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(form => (Form: form, Entity: e)))
            .OrderByDescending(f => f.Form.Length)
            .ToList();
        var found = new List<Mention>();
        var text = body.Text;
        foreach (var (form, entity) in forms)
        {
            for (var at = text.IndexOf(form, body.Start, StringComparison.Ordinal); at >= 0 && at + form.Length <= body.End; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                if (IsWordChar(text, at - 1) || IsWordChar(text, end) || found.Any(m => m.Start < end && at < m.End))
                {
                    continue;
                }

                found.Add(new Mention(at, end, entity));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    /// <summary>The mention that ends at <paramref name="end"/>, else null.</summary>
    public static Mention? EndingAt(List<Mention> mentions, int end) => mentions.Find(m => m.End == end);

    /// <summary>The mention that starts at <paramref name="start"/>, else null.</summary>
    public static Mention? StartingAt(List<Mention> mentions, int start) => mentions.Find(m => m.Start == start);

    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
}
