using System.Collections.Generic;

namespace ArticleFacts.Generators.Yaml;

/// <summary>
/// The syntax tree of a facts file: scalars, mappings and sequences with their offsets in the
/// normalised YAML text. It knows nothing of the facts format; the parser reads it.
/// </summary>
internal abstract class YamlNode
{
    protected YamlNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Offset of the node's first character (a quoted scalar's opening quote).</summary>
    public int Start { get; }

    /// <summary>Offset just past the node.</summary>
    public int End { get; }

    public abstract string KindName { get; }
}

/// <summary>A scalar, always text: the format converts values itself.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, int start, int end, bool isPlaceholder = false)
        : base(start, end)
    {
        Value = value;
        IsPlain = isPlain;
        IsPlaceholder = isPlaceholder;
    }

    /// <summary>Stands in for a node already reported (an alias): readers skip it silently.</summary>
    public bool IsPlaceholder { get; }

    public string Value { get; }

    /// <summary>Unquoted, so an empty value means the key was left blank.</summary>
    public bool IsPlain { get; }

    public override string KindName => "text";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(List<YamlEntry> entries, int start, int end)
        : base(start, end) => Entries = entries;

    public List<YamlEntry> Entries { get; }

    public override string KindName => "a mapping";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(List<YamlNode> items, int start, int end)
        : base(start, end) => Items = items;

    public List<YamlNode> Items { get; }

    public override string KindName => "a list";
}

/// <summary>A key and its value; duplicates are kept, the parser decides what they mean.</summary>
internal sealed class YamlEntry
{
    public YamlEntry(YamlScalar key, YamlNode value)
    {
        Key = key;
        Value = value;
    }

    public YamlScalar Key { get; }

    public YamlNode Value { get; }
}
