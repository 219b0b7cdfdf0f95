using System.Globalization;
using System.Text;

namespace ArticleFacts.Generators.Text;

/// <summary>How diagnostic messages show a piece of text and a place: one form for every message.</summary>
internal static class MessageText
{
    /// <summary>A text as a message shows it: at most <paramref name="max"/> characters (else cut, ending in "..."), control characters as escapes (a newline as \n).</summary>
    public static string Shorten(string text, int max = 80)
    {
        var shown = text.Length <= max ? text : text.Substring(0, max - 3) + "...";
        var builder = new StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' or '\u007F' => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary>1-based <c>line:column</c> of a 0-based line and column, as a curator reads it.</summary>
    public static string Position(int line, int column) =>
        (line + 1).ToString(CultureInfo.InvariantCulture) + ":" + (column + 1).ToString(CultureInfo.InvariantCulture);
}
