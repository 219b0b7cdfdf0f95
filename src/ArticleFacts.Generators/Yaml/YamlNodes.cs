using System.Collections.Generic;

namespace ArticleFacts.Generators.Yaml;

/// <summary>
/// The syntax tree of a facts file: scalars, mappings and sequences with their offsets in the
/// normalised YAML text. It knows nothing of the facts format; the parser reads it.
/// </summary>
internal abstract class YamlNode(int start, int end)
{
    /// <summary>Offset of the node's first character (a quoted scalar's opening quote).</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the node.</summary>
    public int End { get; } = end;

    public abstract string KindName { get; }

    /// <summary>
    /// A syntax error stopped the reading inside this node: its end never came, so it holds only what was read
    /// before the error. A scalar is never cut (the parser hands it over whole, or not at all).
    /// </summary>
    public virtual bool IsCut => false;
}

/// <summary>A scalar, always text: the format converts values itself.</summary>
internal sealed class YamlScalar(string value, bool isPlain, int start, int end, bool isPlaceholder = false) : YamlNode(start, end)
{
    /// <summary>Stands in for a node already reported (an alias): readers skip it silently.</summary>
    public bool IsPlaceholder { get; } = isPlaceholder;

    public string Value { get; } = value;

    /// <summary>Unquoted, so an empty value means the key was left blank.</summary>
    public bool IsPlain { get; } = isPlain;

    public override string KindName => "text";
}

/// <summary>A mapping or a list: a node that holds other nodes, so a syntax error can cut it.</summary>
internal abstract class YamlCollection(int start, int end, bool isCut) : YamlNode(start, end)
{
    public override bool IsCut { get; } = isCut;
}

internal sealed class YamlMapping(List<YamlEntry> entries, int start, int end, bool isCut = false) : YamlCollection(start, end, isCut)
{
    public List<YamlEntry> Entries { get; } = entries;

    public override string KindName => "a mapping";
}

internal sealed class YamlSequence(List<YamlNode> items, int start, int end, bool isCut = false) : YamlCollection(start, end, isCut)
{
    public List<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}

/// <summary>The value of a key read just before a syntax error: the value itself never began.</summary>
internal sealed class YamlMissing(int at) : YamlNode(at, at)
{
    public override string KindName => "nothing";

    public override bool IsCut => true;
}

/// <summary>A key and its value; duplicates are kept, the parser decides what they mean.</summary>
internal sealed class YamlEntry(YamlScalar key, YamlNode value)
{
    public YamlScalar Key { get; } = key;

    public YamlNode Value { get; } = value;
}
