using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The named constructor arguments of each fact, as C# expressions: references between facts fully qualified
/// (<c>global::Ns.ArticleClass.Section.Member</c>, so no fact's name can shadow a section), anchors through
/// <see cref="AnchorTable"/> (every anchor built once, named by its place).
/// </summary>
internal sealed class FactArguments
{
    public const string Rt = "global::ArticleFacts.";

    private readonly string _self;
    private readonly AnchorTable _anchors;

    /// <param name="self"><c>global::Ns.ArticleClass.</c></param>
    public FactArguments(string self, AnchorTable anchors)
    {
        _self = self;
        _anchors = anchors;
    }

    public Argument[] Entity(EntityModel e) => new[]
    {
        new Argument("id", CSharpText.Literal(e.Id)),
        new Argument("name", CSharpText.Literal(e.Name)),
        new Argument("aliases", Array("string", e.Aliases.Select(CSharpText.Literal))),
        new Argument("roles", Array(Rt + "Role", e.Roles.Select(r => CodeWriter.Inline(Rt + "Role", new[] { new Argument("title", CSharpText.Literal(r.Title)), new Argument("of", Ref(r.Of)) })))),
        new Argument("partOf", Ref(e.PartOf)),
        new Argument("mentioned", e.Mentioned ? "true" : "false"),
    };

    public Argument[] Quote(QuoteModel q) => new[]
    {
        new Argument("id", CSharpText.Literal(q.Id)),
        new Argument("speaker", Ref(q.Speaker)),
        new Argument("kind", Rt + "QuoteKind." + q.Kind.ToString()),
        new Argument("cue", _anchors.Use(q.Cue)),
        new Argument("anchor", _anchors.Use(q.Anchor)),
    };

    public Argument[] Claim(ClaimModel c) => new[]
    {
        new Argument("id", CSharpText.Literal(c.Id)),
        new Argument("statement", CSharpText.Literal(c.Statement)),
        new Argument("source", Ref(c.Source)),
        new Argument("isAuthorVoice", c.IsAuthorVoice ? "true" : "false"),
        new Argument("stance", Rt + "Stance." + c.Stance.ToString()),
        new Argument("evidence", _anchors.Use(c.Evidence)),
        new Argument("evidenceQuote", Ref(c.EvidenceQuote)),
        new Argument("cue", _anchors.Use(c.Cue)),
        new Argument("about", Ref(c.About)),
        new Argument("subject", Ref(c.Subject)),
        new Argument("@object", Ref(c.Object)),
        new Argument("predicate", CSharpText.Literal(c.Predicate)),
        new Argument("when", Ref(c.When)),
        new Argument("quantities", Array(Rt + "Quantity", c.Quantities.Select(q => Ref(q)))),
    };

    public Argument[] Event(EventModel e) => new[]
    {
        new Argument("id", CSharpText.Literal(e.Id)),
        new Argument("type", CSharpText.Literal(e.Type)),
        new Argument("participants", Array(Rt + "Entity", e.Participants.Select(p => Ref(p)))),
        new Argument("place", Ref(e.Place)),
        new Argument("when", Ref(e.When)),
        new Argument("tense", e.Tense is { } tense ? Rt + "Tense." + tense.ToString() : "null"),
        new Argument("trigger", _anchors.Use(e.Trigger)),
    };

    public Argument[] Quantity(QuantityModel q) => new[]
    {
        new Argument("id", CSharpText.Literal(q.Id)),
        new Argument("value", CSharpText.Decimal(q.Value)),
        new Argument("unit", CSharpText.Literal(q.Unit)),
        new Argument("comparator", Rt + "Comparator." + q.Comparator.ToString()),
        new Argument("alt", q.Alt is null ? "null" : CodeWriter.Inline(Rt + "Amount", new[] { new Argument("value", CSharpText.Decimal(q.Alt.Value)), new Argument("unit", CSharpText.Literal(q.Alt.Unit)) })),
        new Argument("at", _anchors.Use(q.At)),
    };

    public Argument[] Date(DateModel d)
    {
        var arguments = new List<Argument> { new("id", CSharpText.Literal(d.Id)) };
        if (d.Value is not null)
        {
            arguments.Add(new Argument("value", PartialDate(d.Value)));
        }
        else
        {
            arguments.Add(new Argument("start", PartialDate(d.Start!)));
            arguments.Add(new Argument("end", PartialDate(d.End!)));
        }

        arguments.Add(new Argument("mod", d.Mod is { } mod ? Rt + "DateMod." + mod.ToString() : "null"));
        arguments.Add(new Argument("rule", d.Rule is { } rule ? Rt + "DateRule." + rule.ToString() : "null"));
        arguments.Add(new Argument("at", _anchors.Use(d.At)));
        return arguments.ToArray();
    }

    /// <summary>A reference to another fact, fully qualified (<c>global::Ns.Article.Quotes.QuoteKcna</c>); <c>null</c> when there is none.</summary>
    public string Ref(FactRef? fact) => fact is null ? "null" : _self + fact.Kind.ClassName() + "." + fact.Member;

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PartialDate(DateValue d) => d.Precision switch
    {
        DatePrecision.Year => CodeWriter.Call(Rt + "PartialDate.OfYear", new[] { new Argument("year", Int(d.Year)) }),
        DatePrecision.Month => CodeWriter.Call(Rt + "PartialDate.OfMonth", new[] { new Argument("year", Int(d.Year)), new Argument("month", Int(d.Month)) }),
        DatePrecision.Week => CodeWriter.Call(Rt + "PartialDate.OfWeek", new[] { new Argument("year", Int(d.Year)), new Argument("week", Int(d.Week)) }),
        _ => CodeWriter.Call(Rt + "PartialDate.OfDay", new[] { new Argument("year", Int(d.Year)), new Argument("month", Int(d.Month)), new Argument("day", Int(d.Day)) }),
    };

    private static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"{Rt}ValueArray<{type}>.Empty" : $"{Rt}ValueArray.Create<{type}>({string.Join(", ", list)})";
    }
}
