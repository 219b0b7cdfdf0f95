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
/// <remarks>
/// A syntax error (AF0001) stops the reading where it is, and the tree read so far is kept: every mapping and
/// list whose end never came is marked <see cref="YamlNode.IsCut"/>, and a key whose value never began gets a
/// <see cref="YamlMissing"/>. So the facts before the error survive a half-typed line (the format's "work in
/// progress never breaks the code around it").
/// </remarks>
internal static class YamlTreeReader
{
    public const int MaxDepth = 32;

    public static YamlNode? Read(string text, LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        Read(text, lines, diagnostics, cancellationToken, out _);

    /// <summary>Reads the tree; <paramref name="syntaxError"/> is the AF0001 that stopped the reading, or null.</summary>
    public static YamlNode? Read(string text, LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken, out DiagnosticInfo? syntaxError)
    {
        var control = FindControlCharacter(text, cancellationToken);
        var limit = control >= 0 ? control : int.MaxValue;
        var state = new State(new Parser(new StringReader(control >= 0 ? text.Substring(0, control) : text)), text, lines, limit, diagnostics, cancellationToken);
        if (control >= 0)
        {
            // The text before the character is read as if the file ended there, and every node still open there is
            // cut. What that shortened text lacks (a closing quote, say) is this error's consequence: not reported.
            state.Report(control, control + 1, $"the control character U+{(int)text[control]:X4} is not allowed; write it as an escape in a double-quoted string (\"\\0\")");
        }

        var root = state.ReadStream();
        syntaxError = state.SyntaxError;
        return root;
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

    private sealed class State(IParser parser, string text, LineMap lines, int limit, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        /// <summary>The AF0001 that stopped (or will stop) the reading.</summary>
        public DiagnosticInfo? SyntaxError { get; private set; }

        /// <summary>No event is read any more: every node still open is cut.</summary>
        public bool Stopped { get; private set; }

        public int LastOffset { get; private set; }

        /// <summary>Reports the syntax error (once: the first one is where the reading stops).</summary>
        public void Report(int start, int end, string message)
        {
            if (SyntaxError is null)
            {
                var location = lines.Location(start, end);
                SyntaxError = DiagnosticInfo.Create(DiagnosticIds.YamlSyntax, location, message);
                diagnostics.Add(DiagnosticIds.YamlSyntax, location, message);
            }
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
                            diagnostics.Add(DiagnosticIds.Forbidden, lines.Location(at, Math.Max(at + 3, Offset(start.End))), "a second YAML document: a facts file holds one document");
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

        private void Stop(int at, string message)
        {
            Report(at, at, message);
            Stopped = true;
        }

        /// <summary>The next event, or null once a syntax error stopped the reading.</summary>
        private ParsingEvent? Next()
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Stopped)
            {
                return null;
            }

            ParsingEvent? current;
            try
            {
                current = parser.MoveNext() ? parser.Current : null;
            }
            catch (YamlException e)
            {
                Stop(ErrorOffset(e), CleanMessage(e.Message));
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // YamlDotNet throws other exceptions on some malformed input (an unclosed flow collection).
                Stop(LastOffset, "the YAML is malformed after this point (an unclosed [ or {, or a stray character?)");
                return null;
            }

            if (current is null || Offset(current.End) >= limit)
            {
                // Past the end of the events (never before StreamEnd), or at a control character (reported).
                Stop(LastOffset, "the YAML ends early");
                return null;
            }

            LastOffset = Offset(current.End);
            return current;
        }

        /// <summary>
        /// Where a parser error is. YamlDotNet reports some at the start of the enclosing construct (a tab in the
        /// indentation at the start of the file's mapping, or of the scalar before it): everything read was fine,
        /// so the error is after that, and a tab is shown where it is.
        /// </summary>
        private int ErrorOffset(YamlException e)
        {
            var at = Math.Max(Offset(e.Start), LastOffset);
            var tab = e.Message.IndexOf(" tab ", StringComparison.Ordinal) >= 0 ? text.IndexOf('\t', at) : -1;
            return tab >= 0 ? tab : at;
        }

        private int Offset(Mark mark) => (int)Math.Min(Math.Max(mark.Index, 0), lines.TextLength);

        private YamlNode ReadNode(ParsingEvent current, int depth)
        {
            if (depth > MaxDepth)
            {
                var at = Offset(current.Start);
                Stop(at, $"nesting is deeper than {MaxDepth} levels");
                return new YamlMissing(at);
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
                    diagnostics.Add(DiagnosticIds.Forbidden, lines.Location(Offset(alias.Start), Offset(alias.End)), $"the alias '*{alias.Value}': aliases are not allowed, write the value out");
                    return new YamlScalar(string.Empty, isPlain: true, Offset(alias.Start), Offset(alias.End), isPlaceholder: true);
                case MappingStart mappingStart:
                    return ReadMapping(mappingStart, depth);
                case SequenceStart sequenceStart:
                    return ReadSequence(sequenceStart, depth);
                default:
                    Stop(Offset(current.Start), "unexpected " + current.GetType().Name);
                    return new YamlMissing(Offset(current.Start));
            }
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            var entries = new List<YamlEntry>();
            var end = ReadChildren<MappingEnd>(next => ReadEntry(next, depth, entries));
            return new YamlMapping(entries, Offset(start.Start), end ?? LastOffset, isCut: end is null);
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            var items = new List<YamlNode>();
            var end = ReadChildren<SequenceEnd>(next =>
            {
                var item = ReadNode(next, depth + 1);
                if (item is not YamlMissing)
                {
                    items.Add(item);
                }
            });
            return new YamlSequence(items, Offset(start.Start), end ?? LastOffset, isCut: end is null);
        }

        /// <summary>
        /// Reads a mapping's or a list's children, each with <paramref name="readChild"/>, up to its end event: the
        /// offset just past the end, or null when a syntax error stopped the reading first (the collection is cut).
        /// </summary>
        private int? ReadChildren<TEnd>(Action<ParsingEvent> readChild)
            where TEnd : ParsingEvent
        {
            while (Next() is { } next)
            {
                if (next is TEnd end)
                {
                    return Offset(end.End);
                }

                readChild(next);
            }

            return null;
        }

        /// <summary>A key (<paramref name="next"/>) and its value; an entry unless the key is an alias, cut or not text.</summary>
        private void ReadEntry(ParsingEvent next, int depth, List<YamlEntry> entries)
        {
            var keyNode = ReadNode(next, depth + 1);
            var valueEvent = Next();
            var value = valueEvent is null ? new YamlMissing(LastOffset) : ReadNode(valueEvent, depth + 1);
            if (keyNode is YamlScalar { IsPlaceholder: true } || keyNode.IsCut)
            {
                // An alias as a key: reported as AF0007 already; a key the syntax error cut: reported as AF0001.
            }
            else if (keyNode is YamlScalar key)
            {
                entries.Add(new YamlEntry(key, value));
            }
            else
            {
                diagnostics.Add(DiagnosticIds.YamlSyntax, lines.Location(keyNode.Start, keyNode.Start), "a key must be plain text, not " + keyNode.KindName);
            }
        }

        private void ReportProperties(NodeEvent node)
        {
            var at = Offset(node.Start);
            if (!node.Anchor.IsEmpty)
            {
                diagnostics.Add(DiagnosticIds.Forbidden, lines.Location(at, at + 1 + node.Anchor.Value.Length), $"the anchor '&{node.Anchor.Value}': anchors are not allowed, write each value out");
            }

            if (!node.Tag.IsEmpty && !(node is Scalar { Style: not ScalarStyle.Plain } && node.Tag.IsNonSpecific))
            {
                diagnostics.Add(DiagnosticIds.Forbidden, lines.Location(at, at + 1), $"the tag '{node.Tag.Value}': tags are not allowed, every value is read as text");
            }
        }
    }
}
