using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The XML doc text of each generated member, as paragraphs: the fact itself, so a hover in the IDE shows the
/// evidence (the quote and its speaker, the claim with source and stance, the value with its unit); links
/// (<c>&lt;see cref&gt;</c>) to the entities the fact names; and where the fact is defined in the facts file.
/// </summary>
internal sealed class FactDocs
{
    private readonly ArticleModel _model;
    private readonly IReadOnlyDictionary<string, string> _entityNames;
    private readonly string _self;
    private readonly string _file;

    /// <param name="self"><c>global::Ns.ArticleClass.</c>, the prefix of every cref.</param>
    /// <param name="file">The facts file as the hover names it: relative to the project, '/'-separated.</param>
    public FactDocs(ArticleModel model, string self, string file)
    {
        _model = model;
        _entityNames = model.Entities.Select(e => e.Emitted).OfType<EntityModel>().ToDictionary(e => e.Member, e => e.Name);
        _self = self;
        _file = file;
    }

    public string[] Article()
    {
        var line = _model.Article.Line;
        if (_model.Article.Emitted is not { } article)
        {
            return new[] { "<c>" + X(_model.Id) + "</c> (its article data is withheld until its errors are fixed).", Defined(line) };
        }

        var title = article.Title is null ? "<c>" + X(_model.Id) + "</c>" : "<b>" + X(article.Title) + "</b>";
        return new[] { $"{title}, published by {Link(article.Publisher)} on {article.Published}.", Defined(line) };
    }

    public string[] Entity(EntityModel e, int line)
    {
        var parts = new List<string> { $"{e.Type.ToString()} <b>{X(e.Name)}</b> (<c>{X(e.Id)}</c>)." };
        if (e.Aliases.Count > 0)
        {
            parts.Add("Also: " + string.Join(", ", e.Aliases.Select(a => "\u201C" + X(a) + "\u201D")) + ".");
        }

        if (e.Roles.Count > 0)
        {
            parts.Add("Roles: " + string.Join("; ", e.Roles.Select(r => X(r.Title) + (r.Of is null ? string.Empty : ", " + Link(r.Of)))) + ".");
        }

        if (e.PartOf is not null)
        {
            parts.Add("Part of " + Link(e.PartOf) + ".");
        }

        if (!e.Mentioned)
        {
            parts.Add("Not mentioned in the article body.");
        }

        parts.Add(Defined(line));
        return parts.ToArray();
    }

    public string[] Quote(QuoteModel q, int line) => new[]
    {
        $"<b>{Link(q.Speaker)}</b> ({Words(q.Kind)} quote): \u201C{X(q.Anchor.Text)}\u201D",
        Capital(At(q.Anchor)) + Cue(q.Cue) + ".",
        Defined(line),
    };

    public string[] Claim(ClaimModel c, int line)
    {
        var source = c.IsAuthorVoice ? "the article's own voice (" + Link(c.Source) + ")" : Link(c.Source);
        var parts = new List<string>
        {
            $"<b>{Words(c.Stance)}</b> by {source}: {X(c.Statement)}",
            $"Evidence: \u201C{X(c.Evidence.Text)}\u201D ({At(c.Evidence)}){Cue(c.Cue)}.",
        };

        var roles = new List<string>();
        if (c.Subject is not null)
        {
            roles.Add("subject " + Link(c.Subject));
        }

        if (c.Predicate is not null)
        {
            roles.Add("predicate <c>" + X(c.Predicate) + "</c>");
        }

        if (c.Object is not null)
        {
            roles.Add("object " + Link(c.Object));
        }

        if (roles.Count > 0)
        {
            parts.Add(Capital(string.Join("; ", roles)) + ".");
        }

        parts.Add(Defined(line));
        return parts.ToArray();
    }

    public string[] Event(EventModel e, int line)
    {
        var tense = e.Tense is { } t ? " (" + Words(t) + ")" : string.Empty;
        var place = e.Place is null ? string.Empty : " in " + Link(e.Place);
        var parts = new List<string> { $"<c>{X(e.Type)}</c>{tense}{place}: \u201C{X(e.Trigger.Text)}\u201D ({At(e.Trigger)})." };
        if (e.Participants.Count > 0)
        {
            parts.Add("Participants: " + string.Join(", ", e.Participants.Select(Link)) + ".");
        }

        parts.Add(Defined(line));
        return parts.ToArray();
    }

    public string[] Quantity(QuantityModel q, int line)
    {
        var comparator = q.Comparator == Comparator.Exact ? string.Empty : Words(q.Comparator) + " ";
        var alt = q.Alt is null ? string.Empty : $" (printed also as {Number(q.Alt.Value)} {X(q.Alt.Unit)})";
        return new[] { $"{comparator}<b>{Number(q.Value)} {X(q.Unit)}</b>{alt}: \u201C{X(q.At.Text)}\u201D ({At(q.At)}).", Defined(line) };
    }

    public string[] Date(DateModel d, int line)
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
        return new[] { $"<b>{value}</b>{detail}: \u201C{X(d.At.Text)}\u201D ({At(d.At)}).", Defined(line) };
    }

    /// <summary>A withheld fact: why, and where it is defined.</summary>
    public string[] Withheld(Withholding withheld, int line) => new[] { "Withheld: " + X(Shown(withheld)), Defined(line) };

    /// <summary>
    /// A withheld fact's message, naming the files as the hover does (relative to the project): the generated code must
    /// not depend on where the project lies on the machine that builds it.
    /// </summary>
    public string Shown(Withholding withheld)
    {
        var from = PathText.Directory(_model.Path);
        var to = PathText.Directory(_file);
        return !PathText.IsRooted(from) || from == to ? withheld.Message : withheld.Message.Replace(from, to);
    }

    /// <summary>A link to an entity, showing its name: <c>&lt;see cref="global::N.C.Entities.X"&gt;Name&lt;/see&gt;</c>.</summary>
    private string Link(FactRef entity)
    {
        var name = _entityNames.TryGetValue(entity.Member, out var known) ? known : entity.Member;
        return "<see cref=\"" + _self + entity.Kind.ClassName() + "." + entity.Member + "\">" + X(name) + "</see>";
    }

    private string Defined(int line) => "Defined in <c>" + X(_file) + "</c>, line " + line.ToString(CultureInfo.InvariantCulture) + ".";

    private static string At(AnchorModel a) => "line " + a.Line.ToString(CultureInfo.InvariantCulture) + ", column " + a.Column.ToString(CultureInfo.InvariantCulture);

    private static string Cue(AnchorModel? cue) => cue is null ? string.Empty : "; cue \u201C" + X(cue.Text) + "\u201D";

    private static string X(string text) => CSharpText.Xml(text);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary><c>MoreThan</c> to <c>more than</c>.</summary>
    private static string Words<T>(T value)
        where T : struct, System.Enum => FactEnums.Snake(value).Replace('_', ' ');

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
