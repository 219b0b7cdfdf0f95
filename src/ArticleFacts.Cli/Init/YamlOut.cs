using System.Text;

namespace ArticleFacts.Cli.Init;

/// <summary>Lines of YAML, LF-terminated.</summary>
internal sealed class YamlOut
{
    private readonly StringBuilder _builder = new();

    public void Line(string line) => _builder.Append(line).Append('\n');

    public void Blank() => _builder.Append('\n');

    public override string ToString() => _builder.ToString();
}
