using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// Writes indented C# text with <c>\n</c> line endings: blocks that close themselves, doc comments split into
/// <c>&lt;para&gt;</c> blocks, and constructor calls with one named argument a line.
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public CodeWriter() => _builder = new StringBuilder();

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            Indent();
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace; disposing the result closes the block.</summary>
    public Block Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this);
    }

    /// <summary>
    /// A <c>///</c> summary (and remarks): each paragraph, already XML, becomes a <c>&lt;para&gt;</c> when there are
    /// several, so a hover shows them apart; a single paragraph stands alone.
    /// </summary>
    public CodeWriter Summary(IReadOnlyList<string> paragraphs, string? remarks = null)
    {
        Doc("summary", paragraphs);
        if (remarks is not null)
        {
            Doc("remarks", new[] { remarks });
        }

        return this;
    }

    public CodeWriter Summary(string paragraph, string? remarks = null) => Summary(new[] { paragraph }, remarks);

    /// <summary>
    /// <c>prefix new Type(</c>, then one <c>name: value</c> a line, then <c>);</c>: named arguments, so a reordered
    /// constructor cannot silently take a value meant for another parameter.
    /// </summary>
    public CodeWriter Construct(string prefix, string type, IReadOnlyList<Argument> arguments)
    {
        Indent();
        _builder.Append(prefix).Append("new ").Append(type).Append('(');
        if (arguments.Count == 0)
        {
            _builder.Append(");\n");
            return this;
        }

        _builder.Append('\n');
        _indent++;
        for (var i = 0; i < arguments.Count; i++)
        {
            Indent();
            _builder.Append(arguments[i].Name).Append(": ").Append(arguments[i].Value).Append(i == arguments.Count - 1 ? ");\n" : ",\n");
        }

        _indent--;
        return this;
    }

    /// <summary><c>new Type(a: 1, b: 2)</c> on one line, for small values inside a larger initialiser.</summary>
    public static string Inline(string type, IReadOnlyList<Argument> arguments) => Call("new " + type, arguments);

    /// <summary><c>method(a: 1, b: 2)</c> on one line.</summary>
    public static string Call(string method, IReadOnlyList<Argument> arguments)
    {
        var builder = new StringBuilder(method.Length + (arguments.Count * 16));
        builder.Append(method).Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(arguments[i].Name).Append(": ").Append(arguments[i].Value);
        }

        return builder.Append(')').ToString();
    }

    private void Close()
    {
        _indent--;
        Line("}");
    }

    private void Indent() => _builder.Append(' ', _indent * 4);

    private void Doc(string tag, IReadOnlyList<string> paragraphs)
    {
        Indent();
        _builder.Append("/// <").Append(tag).Append(">\n");
        var paras = paragraphs.Count > 1;
        foreach (var paragraph in paragraphs)
        {
            Indent();
            _builder.Append("/// ");
            if (paras)
            {
                _builder.Append("<para>").Append(paragraph).Append("</para>");
            }
            else
            {
                _builder.Append(paragraph);
            }

            _builder.Append('\n');
        }

        Indent();
        _builder.Append("/// </").Append(tag).Append(">\n");
    }

    public override string ToString() => _builder.ToString();

    /// <summary>An open block of a <see cref="CodeWriter"/>; disposing it writes the closing brace.</summary>
    public readonly struct Block : IDisposable
    {
        private readonly CodeWriter? _writer;

        public Block(CodeWriter writer) => _writer = writer;

        /// <summary>Closes the block; a <c>default</c> block (no block was opened) closes nothing.</summary>
        public void Dispose() => _writer?.Close();
    }
}

/// <summary>A named argument of a generated call: the parameter's name and the C# expression of its value.</summary>
internal readonly struct Argument(string name, string value)
{
    public string Name { get; } = name;

    public string Value { get; } = value;
}
