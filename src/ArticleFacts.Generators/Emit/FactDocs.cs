using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The XML doc text of each generated member: the fact itself, so a hover in the IDE shows the
/// evidence (the quote and its speaker, the claim with source and stance, the value with its unit).
/// </summary>
internal sealed class FactDocs
{
    private readonly ArticleModel _model;
    private readonly IReadOnlyDictionary<string, string> _entityNames;

    public FactDocs(ArticleModel model, IReadOnlyDictionary<string, string> entityNames)
    {
        _model = model;
        _entityNames = entityNames;
    }

    public string ArticleSummary()
    {
        if (_model.Article.Emitted is not { } article)
        {
            return "<c>" + X(_model.Id) + "</c> (its article data is withheld until its errors are fixed).";
        }

        var title = article.Title is null ? "<c>" + X(_model.Id) + "</c>" : "<b>" + X(article.Title) + "</b>";
        return $"{title}, published by {X(Name(article.Publisher))} on {article.Published}.";
    }

    public string Entity(EntityModel e)
    {
        var parts = new List<string> { $"{e.Type.ToString()} <b>{X(e.Name)}</b> (<c>{X(e.Id)}</c>)." };
        if (e.Aliases.Count > 0)
        {
            parts.Add("Also: " + string.Join(", ", e.Aliases.Select(a => "\u201C" + X(a) + "\u201D")) + ".");
        }

        if (e.Roles.Count > 0)
        {
            parts.Add("Roles: " + string.Join("; ", e.Roles.Select(r => X(r.Title) + (r.Of is null ? string.Empty : ", " + X(Name(r.Of))))) + ".");
        }

        if (e.PartOf is not null)
        {
            parts.Add("Part of " + X(Name(e.PartOf)) + ".");
        }

        if (!e.Mentioned)
        {
            parts.Add("Not mentioned in the article body.");
        }

        return string.Join("\n", parts);
    }

    public string Quote(QuoteModel q) =>
        $"<b>{X(Name(q.Speaker))}</b> ({Words(q.Kind)} quote): \u201C{X(q.Anchor.Text)}\u201D\n{At(q.Anchor)}{Cue(q.Cue)}";

    public string Claim(ClaimModel c)
    {
        var source = c.IsAuthorVoice ? "the article's own voice (" + X(Name(c.Source)) + ")" : X(Name(c.Source));
        return $"<b>{Words(c.Stance)}</b> by {source}: {X(c.Statement)}\nEvidence: \u201C{X(c.Evidence.Text)}\u201D ({At(c.Evidence)}){Cue(c.Cue)}";
    }

    public string Event(EventModel e)
    {
        var who = e.Participants.Count == 0 ? string.Empty : "\nParticipants: " + string.Join(", ", e.Participants.Select(p => X(Name(p)))) + ".";
        var tense = e.Tense is { } t ? " (" + Words(t) + ")" : string.Empty;
        var place = e.Place is null ? string.Empty : " in " + X(Name(e.Place));
        return $"<c>{X(e.Type)}</c>{tense}{place}: \u201C{X(e.Trigger.Text)}\u201D ({At(e.Trigger)}){who}";
    }

    public string Quantity(QuantityModel q)
    {
        var comparator = q.Comparator == Comparator.Exact ? string.Empty : Words(q.Comparator) + " ";
        var alt = q.Alt is null ? string.Empty : $" (printed also as {Number(q.Alt.Value)} {X(q.Alt.Unit)})";
        return $"{comparator}<b>{Number(q.Value)} {X(q.Unit)}</b>{alt}: \u201C{X(q.At.Text)}\u201D ({At(q.At)})";
    }

    public string Date(DateModel d)
    {
        var value = d.Value is not null ? d.Value.ToString() : d.Start + " to " + d.End;
        var extras = new List<string>();
        if (d.Mod is { } mod)
        {
            extras.Add("mod " + Words(mod));
        }

        if (d.Rule is { } rule)
        {
            extras.Add("rule " + FactEnums.Snake(rule));
        }

        var detail = extras.Count == 0 ? string.Empty : " (" + string.Join(", ", extras) + ")";
        return $"<b>{value}</b>{detail}: \u201C{X(d.At.Text)}\u201D ({At(d.At)})";
    }

    private string Name(FactRef entity) => _entityNames.TryGetValue(entity.Member, out var name) ? name : entity.Member;

    private static string At(AnchorModel a) => "line " + a.Line.ToString(CultureInfo.InvariantCulture) + ", column " + a.Column.ToString(CultureInfo.InvariantCulture);

    private static string Cue(AnchorModel? cue) => cue is null ? string.Empty : "; cue \u201C" + X(cue.Text) + "\u201D";

    private static string X(string text) => CSharpText.Xml(text);

    /// <summary><c>MoreThan</c> to <c>more than</c>.</summary>
    private static string Words<T>(T value)
        where T : struct, System.Enum => FactEnums.Snake(value).Replace('_', ' ');

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
