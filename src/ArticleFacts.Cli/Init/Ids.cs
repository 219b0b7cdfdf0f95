using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Init;

/// <summary>Hands out ids that are well formed, unique in the file, and free as generated names in their section.</summary>
internal sealed class Ids
{
    private const int MaxLength = 40;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>A snake_case form of <paramref name="words"/>: ASCII letters and digits, accents and other letters dropped (<c>Zürich</c> -> <c>zurich</c>).</summary>
    public static string Snake(string words)
    {
        var builder = new StringBuilder();
        foreach (var c in words.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (!char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not '\'' and not '\u2019' && builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }

        var snake = builder.ToString().Trim('_');
        return snake.Length > MaxLength ? snake[..MaxLength].TrimEnd('_') : snake;
    }

    /// <summary>Takes <paramref name="id"/> as it is (the publisher, the article), so no other fact gets it.</summary>
    public void Reserve(string id, string section)
    {
        _taken.Add(id);
        _names.Add(section + ":" + Pascal(id));
    }

    /// <summary>A new id for <paramref name="section"/>: <paramref name="prefix"/> and the snake_case words, made unique with _2, _3, ...</summary>
    public string New(string section, string prefix, string words)
    {
        var stem = prefix + Snake(words);
        if (stem.Length == 0 || stem[0] is < 'a' or > 'z')
        {
            stem = (section.TrimEnd('s') is { Length: > 0 } s ? s : "fact") + "_" + stem;
        }

        stem = stem.TrimEnd('_');
        for (var n = 1; ; n++)
        {
            var id = n == 1 ? stem : stem + "_" + n.ToString(CultureInfo.InvariantCulture);
            if (FactsText.IsUsableId(id, section) && !_taken.Contains(id) && !_names.Contains(section + ":" + Pascal(id)))
            {
                Reserve(id, section);
                return id;
            }
        }
    }

    private static string Pascal(string id)
    {
        var builder = new StringBuilder();
        foreach (var part in id.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        return builder.ToString();
    }
}
