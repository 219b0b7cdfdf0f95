using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>A YAML value to write: text, a mapping (keys in order) or a list.</summary>
public abstract record YNode;

public sealed record YText(string Value) : YNode;

public sealed record YMap(List<(string Key, YNode Value)> Entries) : YNode
{
    public YMap()
        : this(new List<(string, YNode)>())
    {
    }

    /// <summary>An id-keyed collection: its order is the file order of the facts, so it is never shuffled.</summary>
    public bool KeepOrder { get; init; }

    public YMap Add(string key, YNode value)
    {
        Entries.Add((key, value));
        return this;
    }

    public YMap Add(string key, string? value) => value is null ? this : Add(key, new YText(value));
}

public sealed record YList(List<YNode> Items) : YNode;

/// <summary>An anchor: the plain string when it needs no context (and <paramref name="Short"/>), else a mapping of exact, prefix and suffix.</summary>
public sealed record YAnchor(Span Span, bool Short) : YNode
{
    public YNode Resolve() => Span.Prefix is null && Span.Suffix is null && Short
        ? new YText(Span.Exact)
        : new YMap().Add("exact", Span.Exact).Add("prefix", Span.Prefix).Add("suffix", Span.Suffix);
}

/// <summary>
/// Writes a YAML document with randomly chosen but equivalent forms: plain, single-quoted, double-quoted (with
/// escapes, some gratuitous) or literal block scalars; block or flow mappings and lists; shuffled keys; comments;
/// an optional <c>---</c>. Every form reads back as the same strings.
/// </summary>
public sealed class YamlWriter
{
    private readonly Rng _rng;
    private readonly StringBuilder _out = new();

    private YamlWriter(Rng rng) => _rng = rng;

    public static string Write(Rng rng, YMap root)
    {
        var writer = new YamlWriter(rng);
        if (rng.Chance(20))
        {
            writer._out.Append("---\n");
        }

        writer.BlockMap(root, 0);
        return writer._out.ToString();
    }

    /// <summary>A double-quoted scalar that reads back as <paramref name="value"/> (any string YAML can hold).</summary>
    public static string DoubleQuoted(string value, Rng? rng = null)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append(rng?.Chance(50) == true ? "\\t" : "\t"); break;
                case '\0': builder.Append("\\0"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                case '\u0085': builder.Append("\\N"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(rng?.Chance(30) == true ? "\\U" + char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture) : value.Substring(i, 2));
                        i++;
                    }
                    else if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF' || (c > '~' && rng?.Chance(10) == true))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsOrdinary(char c) => c >= ' ' && c != '\u007F' && !(c >= '\u0080' && c <= '\u009F') && !char.IsSurrogate(c)
        && c is not '\u2028' and not '\u2029' and not '\uFEFF' and not '\uFFFE' and not '\uFFFF';

    private static bool CanBePlain(string v) =>
        v.Length > 0 && char.IsAsciiLetterOrDigit(v[0]) && v[^1] != ' '
        && v.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '_' or '-' or '(' or ')' or '/' or ';')
        && !v.Contains(" #", System.StringComparison.Ordinal);

    private static bool CanBeSingleQuoted(string v) => v.All(IsOrdinary);

    private static bool CanBeLiteral(string v) =>
        v.Length > 0 && v.All(c => c == '\n' || (IsOrdinary(c) && c != '\t' && c != '\u0085')) && !v.EndsWith('\n')
        && v.Split('\n').All(line => !line.StartsWith(' ')) && v[0] != '\n' && !v.Split('\n').Any(line => line.Length > 0 && line.Trim().Length == 0);

    private string Scalar(string value, bool inFlow, int indent)
    {
        var choice = _rng.Int(10);
        if (choice < 3 && !inFlow && CanBePlain(value))
        {
            return value;
        }

        if (choice < 5 && CanBeSingleQuoted(value))
        {
            return "'" + value.Replace("'", "''", System.StringComparison.Ordinal) + "'";
        }

        if (choice < 6 && !inFlow && CanBeLiteral(value))
        {
            var pad = new string(' ', indent + 2);
            return "|-\n" + string.Join("\n", value.Split('\n').Select(line => line.Length == 0 ? string.Empty : pad + line));
        }

        return DoubleQuoted(value, _rng);
    }

    private string Flow(YNode node) => node switch
    {
        YAnchor a => Flow(a.Resolve()),
        YText t => Scalar(t.Value, inFlow: true, 0),
        YMap m => "{" + string.Join(", ", m.Entries.Select(e => e.Key + ": " + Flow(e.Value))) + "}",
        YList l => "[" + string.Join(", ", l.Items.Select(Flow)) + "]",
        _ => throw new System.InvalidOperationException(),
    };

    private void BlockMap(YMap map, int indent)
    {
        var entries = map.Entries.ToList();
        if (!map.KeepOrder && _rng.Chance(30))
        {
            _rng.Shuffle(entries);
        }

        var pad = new string(' ', indent);
        foreach (var (key, value) in entries)
        {
            if (_rng.Chance(5))
            {
                _out.Append(pad).Append("# ").Append(_rng.Chance(50) ? "a comment: \"quoted\" & {braced}" : key).Append('\n');
            }

            _out.Append(pad).Append(key).Append(':');
            Value(value, indent);
        }
    }

    private void Value(YNode value, int indent)
    {
        switch (value is YAnchor anchor ? anchor.Resolve() : value)
        {
            case YText text:
                _out.Append(' ').Append(Scalar(text.Value, inFlow: false, indent)).Append('\n');
                break;
            case YMap map when map.Entries.Count == 0 || _rng.Chance(15):
                _out.Append(' ').Append(Flow(map)).Append('\n');
                break;
            case YMap map:
                _out.Append('\n');
                BlockMap(map, indent + 2);
                break;
            case YList list when list.Items.Count == 0 || _rng.Chance(50):
                _out.Append(' ').Append(Flow(list)).Append('\n');
                break;
            case YList list:
                _out.Append('\n');
                foreach (var item in list.Items)
                {
                    _out.Append(' ', indent + 2).Append('-');
                    if (item is YMap itemMap)
                    {
                        _out.Append(' ').Append(Flow(itemMap)).Append('\n');
                    }
                    else
                    {
                        Value(item, indent + 2);
                    }
                }

                break;
        }
    }
}
