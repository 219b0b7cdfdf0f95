using System.Text;

namespace ArticleFacts.Generators.Text;

/// <summary>The one normalisation of the format: drop a byte-order mark, turn CRLF and lone CR into LF.</summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (start == 0 && text.IndexOf('\r') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
