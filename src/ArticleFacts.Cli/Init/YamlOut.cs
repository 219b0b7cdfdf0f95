using System;
using System.Text;

namespace ArticleFacts.Cli.Init;

/// <summary>Lines of YAML, LF-terminated.</summary>
internal sealed class YamlOut
{
    private readonly StringBuilder _builder = new();

    public void Line(string line) => _builder.Append(line).Append('\n');

    public void Blank() => _builder.Append('\n');

    /// <summary>A field of a fact, <c>    key: value</c>; nothing when <paramref name="value"/> is null (an optional field left out).</summary>
    public void Field(string key, string? value)
    {
        if (value is not null)
        {
            Line($"    {key}: {value}");
        }
    }

    /// <summary>A field of a fact with <paramref name="value"/> as <paramref name="text"/> writes it; nothing when the value is null.</summary>
    public void Field<T>(string key, T? value, Func<T, string> text)
        where T : class => Field(key, value is null ? null : text(value));

    public override string ToString() => _builder.ToString();
}
