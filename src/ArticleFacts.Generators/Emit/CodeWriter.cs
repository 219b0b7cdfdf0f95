using System;
using System.Collections.Generic;
using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// Writes indented C# text with <c>\n</c> line endings: blocks that close themselves, and doc comments split into
/// <c>&lt;para&gt;</c> blocks.
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

    /// <summary>
    /// One line holding a string literal made of <paramref name="pieces"/> (<c>before"..."u8after</c>, or without
    /// <c>u8</c>), each piece escaped straight into the text: no copy of the whole literal is made.
    /// </summary>
    public CodeWriter LiteralLine(string before, IReadOnlyList<string> pieces, bool utf8, string after)
    {
        Indent();
        _builder.Append(before).Append('"');
        foreach (var piece in pieces)
        {
            CSharpText.AppendLiteralContent(_builder, piece);
        }

        _builder.Append(utf8 ? "\"u8" : "\"").Append(after).Append('\n');
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
