using System;
using System.Globalization;
using System.Text;

namespace ArticleFacts.Cli;

/// <summary>Plain-text formatting of facts, always in the invariant culture.</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A number with thousands separators and no trailing zeros: <c>1,000,000</c>, <c>2.5</c>.</summary>
    public static string Number(decimal value) => value.ToString("#,0.############################", Invariant);

    /// <summary>An integer, without separators.</summary>
    public static string Integer(int value) => value.ToString(Invariant);

    /// <summary>A value with its UCUM unit: <c>550 [mi_i]</c>.</summary>
    public static string Amount(decimal value, string unit) => Number(value) + " " + unit;

    /// <summary>An ISO calendar date: <c>2024-01-14</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>The ISO value of a date expression; a range as <c>start/end</c>.</summary>
    public static string Iso(DateExpression date) =>
        date.IsRange ? $"{date.Start}/{date.End}" : date.Value!.Value.ToString();

    /// <summary><c>line:column</c> of an anchor.</summary>
    public static string Position(Anchor anchor) => Integer(anchor.Line) + ":" + Integer(anchor.Column);

    /// <summary>The first and last line an anchor spans: <c>1-10</c>.</summary>
    public static string LineRange(Anchor anchor)
    {
        var text = anchor.Text.TrimEnd('\n');
        var lastLine = anchor.Line;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lastLine++;
            }
        }

        return lastLine == anchor.Line ? Integer(anchor.Line) : Integer(anchor.Line) + "-" + Integer(lastLine);
    }

    /// <summary>How a quantity's value relates to the amount, in words; empty for an exact value.</summary>
    public static string Words(Comparator comparator) => comparator switch
    {
        Comparator.Exact => string.Empty,
        Comparator.Approx => "around",
        Comparator.MoreThan => "more than",
        Comparator.LessThan => "less than",
        Comparator.AtLeast => "at least",
        Comparator.AtMost => "at most",
        _ => Spaced(comparator.ToString()),
    };

    /// <summary>A date modifier in words: early, mid, late, around.</summary>
    public static string Words(DateMod mod) => mod switch
    {
        DateMod.Start => "early",
        DateMod.Mid => "mid",
        DateMod.End => "late",
        DateMod.Approx => "around",
        _ => Spaced(mod.ToString()),
    };

    /// <summary>A date rule in words: <c>month of last year</c>.</summary>
    public static string Words(DateRule rule) => rule == DateRule.Dct ? "publication date" : Spaced(rule.ToString());

    /// <summary>A snake_case or PascalCase name as lower-case words.</summary>
    public static string Spaced(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                builder.Append(' ');
            }
            else if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
