using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>Writes indented C# text with <c>\n</c> line endings.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

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

    private void Doc(string tag, string xml)
    {
        Line($"/// <{tag}>");
        foreach (var line in xml.Split('\n'))
        {
            Line("/// " + line);
        }

        Line($"/// </{tag}>");
    }

    public override string ToString() => _builder.ToString();
}
