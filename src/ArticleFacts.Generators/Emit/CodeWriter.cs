using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>Writes indented C# text with <c>\n</c> line endings.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    /// <param name="capacity">The expected length: a builder that never grows copies the text once, not at every doubling.</param>
    public CodeWriter(int capacity = 16) => _builder = new StringBuilder(capacity);

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>A <c>///</c> summary, escaped, one line per text line.</summary>
    public CodeWriter Summary(string text, string? remarks = null)
    {
        Doc("summary", text);
        if (remarks is not null)
        {
            Doc("remarks", remarks);
        }

        return this;
    }

    /// <summary>Starts a line: its indentation, then <paramref name="text"/>. <see cref="EndLine"/> ends it.</summary>
    public CodeWriter StartLine(string text)
    {
        _builder.Append(' ', _indent * 4).Append(text);
        return this;
    }

    /// <summary>Appends to the line started by <see cref="StartLine"/>.</summary>
    public CodeWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public CodeWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    private void Doc(string tag, string xml)
    {
        StartLine("/// <").Append(tag).Append(">").EndLine();
        var start = 0;
        while (start <= xml.Length)
        {
            var end = xml.IndexOf('\n', start);
            end = end < 0 ? xml.Length : end;
            StartLine("/// ");
            _builder.Append(xml, start, end - start);
            EndLine();
            start = end + 1;
        }

        StartLine("/// </").Append(tag).Append(">").EndLine();
    }

    public override string ToString() => _builder.ToString();
}
