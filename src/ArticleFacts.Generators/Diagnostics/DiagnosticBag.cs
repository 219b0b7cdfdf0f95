using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Diagnostics;

/// <summary>Collects a file's diagnostics; stops collecting at a bound so a hostile file cannot flood the build.</summary>
internal sealed class DiagnosticBag
{
    public const int MaxPerFile = 200;

    private readonly List<DiagnosticInfo> _items = new();

    public int Count => _items.Count;

    /// <summary>No further diagnostic is kept: callers may skip the work of a helpful message nobody will see.</summary>
    public bool IsFull => _items.Count >= MaxPerFile;

    public bool HasErrors { get; private set; }

    public void Add(string id, LocationInfo? location, params string[] arguments)
    {
        if (!DiagnosticDescriptors.IsWarning(id))
        {
            HasErrors = true;
        }

        if (_items.Count < MaxPerFile)
        {
            _items.Add(DiagnosticInfo.Create(id, location, arguments));
        }
    }

    public void AddRange(IEnumerable<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            Add(item.Id, item.Location, item.Arguments.AsImmutableArray().ToArray());
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => new(_items.ToImmutableArray());
}
