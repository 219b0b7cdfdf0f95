using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Tools;

/// <summary>
/// The one place the generator's internal article model becomes the public facts of <see cref="FactsReader"/>:
/// the facts the generator emits (withheld ones are left out, as the generated code withholds them), references
/// as ids, enumeration values as their names, anchors, numbers and dates as plain records and text.
/// </summary>
internal static class FactsTranslation
{
    /// <summary>The facts of <paramref name="model"/>; null when its article itself is withheld (the build emits no fact sheet then).</summary>
    public static FactsArticle? Translate(ArticleModel model)
    {
        if (model.Article.Emitted is not { } a)
        {
            return null;
        }

        return new FactsArticle(
            model.Id,
            a.Title,
            a.Publisher.Id,
            a.Published.ToString(),
            a.Language,
            a.Url,
            a.Text,
            Anchor(a.Body)!,
            Emitted(model.Entities, e => new FactsEntity(
                e.Id, e.Type.ToString(), e.Name, e.Aliases.ToList(), e.Roles.Select(r => new FactsRole(r.Title, r.Of?.Id)).ToList(), e.PartOf?.Id, e.Mentioned)),
            Emitted(model.Events, e => new FactsEvent(
                e.Id, e.Type, e.Participants.Select(p => p.Id).ToList(), e.Place?.Id, e.When?.Id, e.Tense?.ToString(), Anchor(e.Trigger)!)),
            Emitted(model.Claims, c => new FactsClaim(
                c.Id, c.Statement, c.Source.Id, c.IsAuthorVoice, c.Stance.ToString(), Anchor(c.Evidence)!, c.EvidenceQuote?.Id, Anchor(c.Cue),
                c.About?.Id, c.Subject?.Id, c.Object?.Id, c.Predicate, c.When?.Id, c.Quantities.Select(q => q.Id).ToList())),
            Emitted(model.Quotes, q => new FactsQuote(q.Id, q.Speaker.Id, q.Kind.ToString(), Anchor(q.Cue), Anchor(q.Anchor)!)),
            Emitted(model.Quantities, q => new FactsQuantity(
                q.Id, Number(q.Value), q.Unit, q.Comparator.ToString(), q.Alt is null ? null : Number(q.Alt.Value), q.Alt?.Unit, Anchor(q.At)!)),
            Emitted(model.Dates, d => new FactsDate(d.Id, d.Value?.ToString(), d.Start?.ToString(), d.End?.ToString(), d.Mod?.ToString(), d.Rule?.ToString(), Anchor(d.At)!)));
    }

    private static List<TOut> Emitted<TIn, TOut>(EquatableArray<Fact<TIn>> facts, System.Func<TIn, TOut> translate)
        where TIn : class, System.IEquatable<TIn> =>
        facts.Select(f => f.Emitted).Where(v => v is not null).Select(v => translate(v!)).ToList();

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FactsAnchor? Anchor(AnchorModel? a) => a is null ? null : new FactsAnchor(a.Start, a.Length, a.Line, a.Column, a.Text);
}
