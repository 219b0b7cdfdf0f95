using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The anchors of one article's emitted facts, each built once, as a field of the private class <c>SharedAnchors</c>
/// named by its place in the text (<c>A1234_56</c>: start 1234, length 56): facts at the same words (a claim whose
/// evidence is a quote) refer to one object, and a fact's member names its anchors without depending on any other fact,
/// so a fact withheld or added elsewhere never changes it.
/// </summary>
internal sealed class AnchorTable
{
    public const string ClassName = "SharedAnchors";

    private readonly SortedDictionary<(int Start, int Length), AnchorModel> _used = new();
    private readonly string _self;

    /// <param name="self"><c>global::Ns.ArticleClass.</c>: uses are fully qualified, so no fact named <c>SharedAnchors</c> can shadow the class.</param>
    public AnchorTable(string self) => _self = self;

    /// <summary>The anchors used so far, in text order, with their field names.</summary>
    public IEnumerable<(string Field, string Initializer)> Shared() => _used.Values.Select(a => (Field(a), New(a)));

    public bool HasShared => _used.Count > 0;

    /// <summary>The expression of <paramref name="anchor"/> at a use: its field, or <c>null</c>.</summary>
    public string Use(AnchorModel? anchor)
    {
        if (anchor is null)
        {
            return "null";
        }

        // Two anchors at one place are the same words of the same text, so the same anchor.
        _used[(anchor.Start, anchor.Length)] = anchor;
        return _self + ClassName + "." + Field(anchor);
    }

    private static string Field(AnchorModel a) => "A" + FactArguments.Int(a.Start) + "_" + FactArguments.Int(a.Length);

    private static string New(AnchorModel a) => CodeWriter.Inline(FactArguments.Rt + "Anchor", new[]
    {
        new Argument("start", FactArguments.Int(a.Start)),
        new Argument("length", FactArguments.Int(a.Length)),
        new Argument("line", FactArguments.Int(a.Line)),
        new Argument("column", FactArguments.Int(a.Column)),
        new Argument("text", CSharpText.Literal(a.Text)),
    });
}
