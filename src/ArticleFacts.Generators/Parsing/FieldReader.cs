using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Parsing;

/// <summary>
/// Reads the keys of one mapping of the format: reports unknown keys (with the nearest known
/// one), duplicate keys and missing required keys, and reads values as text, enums, anchors and
/// lists. A required key is not reported missing when a misspelling or the start of it ('spea', half
/// typed) was reported already as an unknown key.
/// A mapping a syntax error cut off (<see cref="IsCut"/>) reports no missing key: the keys after the
/// error are unknown, not missing; and a value the error cut off is absent, not malformed.
/// </summary>
internal sealed class FieldReader
{
    // A mapping of the format has at most a dozen keys: an array by the index of the known key, searched in
    // order, costs less than a dictionary per mapping (a facts file has hundreds of mappings).
    private readonly IReadOnlyList<string> _known;
    private readonly YamlEntry?[] _fields;
    private readonly ParseContext _context;
    private readonly LocationInfo _parentKey;
    private readonly string _where;
    private List<string>? _unknown;

    private FieldReader(ParseContext context, LocationInfo parentKey, string where, IReadOnlyList<string> known)
    {
        _context = context;
        _parentKey = parentKey;
        _where = where;
        _known = known;
        _fields = new YamlEntry?[known.Count];
    }

    public bool IsMapping { get; private set; }

    /// <summary>The value was an alias (reported): the fact exists, its keys are unknown.</summary>
    public bool IsPlaceholder { get; private set; }

    /// <summary>A syntax error (reported) cut the mapping off: its keys after the error are unknown.</summary>
    public bool IsCut { get; private set; }

    /// <summary>Opens <paramref name="node"/> as a mapping with the given keys.</summary>
    public static FieldReader Open(ParseContext context, YamlNode node, LocationInfo parentKey, string where, IReadOnlyList<string> known)
    {
        var reader = new FieldReader(context, parentKey, where, known);
        if (node is YamlScalar { IsPlaceholder: true })
        {
            // An alias: reported as AF0007 already; its keys are absent, not missing.
            reader.IsPlaceholder = true;
            return reader;
        }

        reader.IsCut = node.IsCut;
        if (node is not YamlMapping mapping)
        {
            if (node.IsCut)
            {
                // A list or a value the syntax error cut off: reported as AF0001 already.
                return reader;
            }

            context.Error(DiagnosticIds.MalformedValue, context.Location(node), where, "expected a mapping of the keys " + string.Join(", ", known) + ", found " + Describe(node));
            return reader;
        }

        reader.IsMapping = true;
        foreach (var entry in mapping.Entries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var key = entry.Key.Value;
            var index = IndexOf(known, key);
            if (entry.Value.IsCut && (index < 0 || reader._fields[index] is not null))
            {
                // A key whose value the syntax error cut off is being typed: not reported as unknown or duplicate.
                continue;
            }

            if (entry.Value is YamlMissing)
            {
                // A key whose value never began: neither present nor missing.
                continue;
            }

            if (index < 0)
            {
                (reader._unknown ??= new List<string>()).Add(key);
                var nearest = EditDistance.Nearest(key, known, 2) ?? known.FirstOrDefault(k => IsBeginning(key, k));
                var hint = nearest is null ? "; the keys here are " + string.Join(", ", known) : $"; did you mean '{nearest}'?";
                context.Error(DiagnosticIds.UnknownKey, context.Location(entry.Key), key, where, hint);
            }
            else if (reader._fields[index] is not null)
            {
                context.Error(DiagnosticIds.Forbidden, context.Location(entry.Key), $"the duplicate key '{key}' in {where}: each key appears once");
            }
            else
            {
                reader._fields[index] = entry;
            }
        }

        return reader;
    }

    public static string Describe(YamlNode node) => node is YamlScalar scalar ? $"the text '{MessageText.Shorten(scalar.Value, 60)}'" : node.KindName;

    public YamlEntry? Entry(string key) => IndexOf(_known, key) is var index and >= 0 ? _fields[index] : null;

    /// <summary>The value node of a key, or null; reports a missing required key at the parent key.</summary>
    public YamlNode? Node(string key, bool required)
    {
        if (Entry(key) is { } entry)
        {
            // A value already reported (an alias) is absent, but not missing.
            return entry.Value is YamlScalar { IsPlaceholder: true } ? null : entry.Value;
        }

        if (required && IsMapping && !IsCut && !IsMisspelt(key))
        {
            _context.Error(DiagnosticIds.MissingKey, _parentKey, key, _where);
        }

        return null;
    }

    /// <summary>An unknown key of this mapping (reported) is within two edits of <paramref name="key"/>, or begins it (half typed).</summary>
    public bool IsMisspelt(string key) => _unknown?.Any(u => EditDistance.Between(u, key) <= 2 || IsBeginning(u, key)) ?? false;

    /// <summary><paramref name="typed"/> is the start of <paramref name="key"/>, two characters or more: 'spea' of 'speaker'.</summary>
    private static bool IsBeginning(string typed, string key) => typed.Length >= 2 && key.StartsWith(typed, StringComparison.Ordinal);

    /// <summary>A text value; null (reported) when missing, empty or not text; null (unreported) when cut off.</summary>
    public Located? Text(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null || node.IsCut)
        {
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(node), key, "expected text, found " + Describe(node));
            return null;
        }

        if (scalar.Value.Length == 0)
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(Entry(key)!.Key), key, "the value is empty");
            return null;
        }

        return _context.Located(scalar);
    }

    /// <summary>A text value that must be one of <paramref name="allowed"/>.</summary>
    public Located? Enum(string key, bool required, IReadOnlyList<string> allowed)
    {
        var value = Text(key, required);
        if (value is null || allowed.Contains(value.Text, StringComparer.Ordinal))
        {
            return value;
        }

        var nearest = EditDistance.Nearest(value.Text, allowed, 3);
        var hint = nearest is null ? string.Empty : $" (did you mean '{nearest}'?)";
        _context.Error(DiagnosticIds.MalformedValue, value.Location, key, $"'{MessageText.Shorten(value.Text, 60)}' is not one of {string.Join(", ", allowed)}{hint}");
        return null;
    }

    /// <summary>A text value that must match <paramref name="isValid"/>; <paramref name="expected"/> says what is allowed.</summary>
    public Located? Checked(string key, bool required, Func<string, bool> isValid, string expected)
    {
        var value = Text(key, required);
        if (value is null || isValid(value.Text))
        {
            return value;
        }

        _context.Error(DiagnosticIds.MalformedValue, value.Location, key, $"'{MessageText.Shorten(value.Text, 60)}' is not {expected}");
        return null;
    }

    /// <summary>An anchor: a plain string, or a mapping of exact, prefix and suffix.</summary>
    public AnchorSpec? Anchor(string key, bool required)
    {
        var node = Node(key, required);
        return node is null || node.IsCut ? null : AnchorReader.Read(_context, node, _context.Location(Entry(key)!.Key), key);
    }

    /// <summary>A list of text values (ids, aliases); an absent key is an empty list.</summary>
    public EquatableArray<Located> TextList(string key)
    {
        var node = Node(key, required: false);
        if (node is null || node.IsCut)
        {
            return EquatableArray<Located>.Empty;
        }

        if (node is not YamlSequence sequence)
        {
            _context.Error(DiagnosticIds.MalformedValue, _context.Location(node), key, "expected a list ([a, b] or '- a' lines), found " + Describe(node));
            return EquatableArray<Located>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<Located>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (item is YamlScalar { IsPlaceholder: true })
            {
                continue;
            }

            if (item is YamlScalar { Value.Length: > 0 } scalar)
            {
                items.Add(_context.Located(scalar));
            }
            else
            {
                _context.Error(DiagnosticIds.MalformedValue, _context.Location(item), key, "each item must be non-empty text, found " + Describe(item));
            }
        }

        return new EquatableArray<Located>(items.ToImmutable());
    }

    private static int IndexOf(IReadOnlyList<string> known, string key)
    {
        for (var i = 0; i < known.Count; i++)
        {
            if (string.Equals(known[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
