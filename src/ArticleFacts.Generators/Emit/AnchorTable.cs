using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The anchors of one article's emitted facts: an anchor that two or more facts share (a claim whose evidence is a quote,
/// two facts at the same words) is built once, as a field of the private class <c>SharedAnchors</c>, and every
/// fact refers to that one object; any other anchor is built where it is used.
/// </summary>
internal sealed class AnchorTable
{
    public const string ClassName = "SharedAnchors";

    private readonly Dictionary<AnchorModel, int> _uses = new();
    private readonly Dictionary<AnchorModel, string> _shared = new();
    private readonly List<AnchorModel> _order = new();

    private readonly string _self;

    /// <param name="self"><c>global::Ns.ArticleClass.</c>: uses are fully qualified, so no fact named <c>SharedAnchors</c> can shadow the class.</param>
    public AnchorTable(ArticleModel model, string self)
    {
        _self = self;
        foreach (var q in Emitted(model.Quotes))
        {
            Count(q.Cue);
            Count(q.Anchor);
        }

        foreach (var c in Emitted(model.Claims))
        {
            Count(c.Evidence);
            Count(c.Cue);
        }

        foreach (var e in Emitted(model.Events))
        {
            Count(e.Trigger);
        }

        foreach (var q in Emitted(model.Quantities))
        {
            Count(q.At);
        }

        foreach (var d in Emitted(model.Dates))
        {
            Count(d.At);
        }
    }

    /// <summary>The shared anchors, in the order they were first used, with their field names.</summary>
    public IEnumerable<(string Field, string Initializer)> Shared()
    {
        foreach (var anchor in _order)
        {
            yield return (_shared[anchor], New(anchor));
        }
    }

    public bool HasShared => _order.Count > 0;

    /// <summary>The expression of <paramref name="anchor"/> at a use: the shared field, a new anchor, or <c>null</c>.</summary>
    public string Use(AnchorModel? anchor)
    {
        if (anchor is null)
        {
            return "null";
        }

        if (_uses[anchor] < 2)
        {
            return New(anchor);
        }

        if (!_shared.TryGetValue(anchor, out var field))
        {
            field = "A" + FactArguments.Int(_order.Count);
            _shared.Add(anchor, field);
            _order.Add(anchor);
        }

        return _self + ClassName + "." + field;
    }

    private static string New(AnchorModel a) => CodeWriter.Inline(FactArguments.Rt + "Anchor", new[]
    {
        new Argument("start", FactArguments.Int(a.Start)),
        new Argument("length", FactArguments.Int(a.Length)),
        new Argument("line", FactArguments.Int(a.Line)),
        new Argument("column", FactArguments.Int(a.Column)),
        new Argument("text", CSharpText.Literal(a.Text)),
    });

    private static IEnumerable<T> Emitted<T>(EquatableArray<Fact<T>> facts)
        where T : class, System.IEquatable<T> => facts.Select(f => f.Emitted).OfType<T>();

    private void Count(AnchorModel? anchor)
    {
        if (anchor is not null)
        {
            _uses[anchor] = _uses.TryGetValue(anchor, out var n) ? n + 1 : 1;
        }
    }
}
