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

    /// <summary>
    /// A syntax error stopped the reading inside this node: its end never came, so it holds only what was read
    /// before the error. A scalar is never cut (the parser hands it over whole, or not at all).
    /// </summary>
    public virtual bool IsCut => false;
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
    public YamlMapping(List<YamlEntry> entries, int start, int end, bool isCut = false)
        : base(start, end)
    {
        Entries = entries;
        IsCut = isCut;
    }

    public List<YamlEntry> Entries { get; }

    public override bool IsCut { get; }

    public override string KindName => "a mapping";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(List<YamlNode> items, int start, int end, bool isCut = false)
        : base(start, end)
    {
        Items = items;
        IsCut = isCut;
    }

    public List<YamlNode> Items { get; }

    public override bool IsCut { get; }

    public override string KindName => "a list";
}

/// <summary>The value of a key read just before a syntax error: the value itself never began.</summary>
internal sealed class YamlMissing : YamlNode
{
    public YamlMissing(int at)
        : base(at, at)
    {
    }

    public override string KindName => "nothing";

    public override bool IsCut => true;
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
