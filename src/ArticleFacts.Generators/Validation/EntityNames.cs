using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// A name or alias belongs to one entity (AF2005), and every entity the body mentions is mentioned
/// by its name or an alias as a whole word (AF2007) (ordinal, case-sensitive; the characters around the
/// match are not letters, marks, digits or '_').
/// </summary>
internal static class EntityNames
{
    public static void Check(FactsDocument document, ArticleTextIndex? text, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var owners = new Dictionary<string, (string Entity, LocationInfo At)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(entity.Id.Text))
            {
                continue;
            }

            var names = (entity.Name is null ? Enumerable.Empty<Located>() : new[] { entity.Name }).Concat(entity.Aliases).ToList();
            var shared = false;
            foreach (var name in names)
            {
                if (owners.TryGetValue(name.Text, out var owner) && owner.Entity != entity.Id.Text)
                {
                    diagnostics.Add(DiagnosticIds.SharedName, name.Location, $"'{name.Text}' already names the entity '{owner.Entity}' at {owner.At.Display}: a name or alias belongs to one entity; remove it here or merge the two entities");
                    shared = true;
                }
                else if (!owners.ContainsKey(name.Text))
                {
                    owners.Add(name.Text, (entity.Id.Text, name.Location));
                }
            }

            if (text is not null && entity.Mentioned && entity.Name is not null && !shared && !names.Any(n => OccursAsWord(text, n.Text)))
            {
                var tried = string.Join(", ", names.Select(n => "'" + n.Text + "'"));
                diagnostics.Add(DiagnosticIds.NeverMentioned, entity.Name.Location, $"The entity '{entity.Id.Text}' is not mentioned in the article body: none of {tried} occurs there as a whole word; add the form the text uses as an alias, or set 'mentioned: false'");
            }
        }
    }

    public static bool OccursAsWord(ArticleTextIndex index, string name)
    {
        var text = index.Text;
        var at = text.IndexOf(name, index.BodyStart, StringComparison.Ordinal);
        while (at >= 0 && at + name.Length <= index.BodyEnd)
        {
            index.CancellationToken.ThrowIfCancellationRequested();
            if (!IsWordChar(text, at - 1) && !IsWordChar(text, at + name.Length))
            {
                return true;
            }

            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool IsWordChar(string text, int i)
    {
        if (i < 0 || i >= text.Length)
        {
            return false;
        }

        if (text[i] == '_')
        {
            return true;
        }

        var category = char.IsLowSurrogate(text[i]) && i > 0 ? CharUnicodeInfo.GetUnicodeCategory(text, i - 1) : CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
