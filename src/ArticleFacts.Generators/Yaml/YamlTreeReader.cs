using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ArticleFacts.Generators.Yaml;

/// <summary>
/// Reads YAML events into a <see cref="YamlNode"/> tree with offsets. Rejects what the format
/// forbids at the syntax level: control characters, nesting deeper than <see cref="MaxDepth"/>,
/// anchors, aliases, tags and a second document. Aliases are never expanded.
/// </summary>
internal static class YamlTreeReader
{
    public const int MaxDepth = 32;

    public static YamlNode? Read(string text, LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var control = FindControlCharacter(text, cancellationToken);
        if (control >= 0)
        {
            diagnostics.Add(DiagnosticIds.YamlSyntax, lines.Location(control, control + 1), $"the control character U+{(int)text[control]:X4} is not allowed; write it as an escape in a double-quoted string (\"\\0\")");
            return null;
        }

        var state = new State(new Parser(new StringReader(text)), lines, diagnostics, cancellationToken);
        try
        {
            return state.ReadStream();
        }
        catch (YamlException e)
        {
            var at = (int)Math.Min(Math.Max(e.Start.Index, 0), text.Length);
            diagnostics.Add(DiagnosticIds.YamlSyntax, lines.Location(at, at), CleanMessage(e.Message));
            return null;
        }
        catch (DepthExceededException e)
        {
            diagnostics.Add(DiagnosticIds.YamlSyntax, lines.Location(e.Offset, e.Offset), $"nesting is deeper than {MaxDepth} levels");
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // YamlDotNet throws other exceptions on some malformed input (an unclosed flow collection).
            var at = state.LastOffset;
            diagnostics.Add(DiagnosticIds.YamlSyntax, lines.Location(at, at), "the YAML is malformed after this point (an unclosed [ or {, or a stray character?)");
            return null;
        }
    }

    private static int FindControlCharacter(string text, CancellationToken cancellationToken)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if ((c < ' ' && c != '\n' && c != '\t') || (c >= '\u007F' && c <= '\u009F' && c != '\u0085'))
            {
                return i;
            }
        }

        return -1;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 1) - (Line: ..): "; the diagnostic has the position already.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(cut + 3) : message;
    }

    private sealed class DepthExceededException : Exception
    {
        public DepthExceededException(int offset) => Offset = offset;

        public int Offset { get; }
    }

    private sealed class State
    {
        private readonly IParser _parser;
        private readonly LineMap _lines;
        private readonly DiagnosticBag _diagnostics;
        private readonly CancellationToken _cancellationToken;

        public State(IParser parser, LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            _parser = parser;
            _lines = lines;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        public YamlNode? ReadStream()
        {
            YamlNode? root = null;
            var documents = 0;
            while (Next() is { } current)
            {
                switch (current)
                {
                    case DocumentStart start:
                        documents++;
                        if (documents > 1)
                        {
                            var at = Offset(start.Start);
                            _diagnostics.Add(DiagnosticIds.Forbidden, _lines.Location(at, Math.Max(at + 3, Offset(start.End))), "a second YAML document: a facts file holds one document");
                            return root;
                        }

                        if (Next() is { } first && first is not DocumentEnd)
                        {
                            root = ReadNode(first, 1);
                        }

                        break;
                    case StreamEnd:
                        return root;
                }
            }

            return root;
        }

        public int LastOffset { get; private set; }

        private ParsingEvent? Next()
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var current = _parser.MoveNext() ? _parser.Current : null;
            if (current is not null)
            {
                LastOffset = Offset(current.End);
            }

            return current;
        }

        private int Offset(Mark mark) => (int)Math.Min(Math.Max(mark.Index, 0), _lines.TextLength);

        private YamlNode ReadNode(ParsingEvent current, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new DepthExceededException(Offset(current.Start));
            }

            if (current is NodeEvent node)
            {
                ReportProperties(node);
            }

            switch (current)
            {
                case Scalar scalar:
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Offset(scalar.Start), Offset(scalar.End));
                case AnchorAlias alias:
                    _diagnostics.Add(DiagnosticIds.Forbidden, _lines.Location(Offset(alias.Start), Offset(alias.End)), $"the alias '*{alias.Value}': aliases are not allowed, write the value out");
                    return new YamlScalar(string.Empty, isPlain: true, Offset(alias.Start), Offset(alias.End), isPlaceholder: true);
                case MappingStart mappingStart:
                    return ReadMapping(mappingStart, depth);
                case SequenceStart sequenceStart:
                    return ReadSequence(sequenceStart, depth);
                default:
                    throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
            }
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<YamlEntry>();
            while (true)
            {
                var next = Next() ?? throw new YamlException(start.Start, start.End, "the mapping is not closed");
                if (next is MappingEnd end)
                {
                    return new YamlMapping(entries, Offset(start.Start), Offset(end.End));
                }

                var keyNode = ReadNode(next, depth + 1);
                var valueEvent = Next() ?? throw new YamlException(start.Start, start.End, "a key has no value");
                var value = ReadNode(valueEvent, depth + 1);
                if (keyNode is YamlScalar { IsPlaceholder: true })
                {
                    // An alias as a key: reported as AF0007 already.
                }
                else if (keyNode is YamlScalar key)
                {
                    entries.Add(new YamlEntry(key, value));
                }
                else
                {
                    _diagnostics.Add(DiagnosticIds.YamlSyntax, _lines.Location(keyNode.Start, keyNode.Start), "a key must be plain text, not " + keyNode.KindName);
                }
            }
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<YamlNode>();
            while (true)
            {
                var next = Next() ?? throw new YamlException(start.Start, start.End, "the list is not closed");
                if (next is SequenceEnd end)
                {
                    return new YamlSequence(items, Offset(start.Start), Offset(end.End));
                }

                items.Add(ReadNode(next, depth + 1));
            }
        }

        private void ReportProperties(NodeEvent node)
        {
            var at = Offset(node.Start);
            if (!node.Anchor.IsEmpty)
            {
                _diagnostics.Add(DiagnosticIds.Forbidden, _lines.Location(at, at + 1 + node.Anchor.Value.Length), $"the anchor '&{node.Anchor.Value}': anchors are not allowed, write each value out");
            }

            if (!node.Tag.IsEmpty && !(node is Scalar { Style: not ScalarStyle.Plain } && node.Tag.IsNonSpecific))
            {
                _diagnostics.Add(DiagnosticIds.Forbidden, _lines.Location(at, at + 1), $"the tag '{node.Tag.Value}': tags are not allowed, every value is read as text");
            }
        }
    }
}
