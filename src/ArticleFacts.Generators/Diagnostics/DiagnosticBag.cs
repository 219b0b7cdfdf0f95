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

    // Every error that withholds a fact, kept beyond the bound: a fact withheld for an error nobody sees still says why.
    private readonly List<DiagnosticInfo> _withholding = new();

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

        var withholds = DiagnosticDescriptors.Withholds(id);
        if (_items.Count < MaxPerFile || withholds)
        {
            var info = DiagnosticInfo.Create(id, location, arguments);
            if (_items.Count < MaxPerFile)
            {
                _items.Add(info);
            }

            if (withholds)
            {
                _withholding.Add(info);
            }
        }
    }

    /// <summary>A mark to pass to <see cref="WithholdingSince"/>: the errors reported from here on.</summary>
    public int Mark => _withholding.Count;

    /// <summary>The errors that withhold a fact (see <see cref="DiagnosticDescriptors.Withholds"/>) reported since <paramref name="mark"/>.</summary>
    public IReadOnlyList<DiagnosticInfo> WithholdingSince(int mark) => mark >= _withholding.Count ? System.Array.Empty<DiagnosticInfo>() : _withholding.GetRange(mark, _withholding.Count - mark);

    public void AddRange(IEnumerable<DiagnosticInfo> items)
    {
        foreach (var item in items)
        {
            Add(item.Id, item.Location, item.Arguments.AsImmutableArray().ToArray());
        }
    }

    public EquatableArray<DiagnosticInfo> ToEquatableArray() => new(_items.ToImmutableArray());
}
