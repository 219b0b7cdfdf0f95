using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Tools;

/// <summary>
/// The one place the generator's internal article model becomes the public facts of <see cref="FactsReader"/>: the facts
/// the generator emits (withheld facts are left out, as from <c>All</c>), references as ids, enumeration values as the
/// runtime model's names, anchors, numbers and dates as plain records and invariant text.
/// </summary>
internal static class FactsTranslation
{
    /// <summary>The article's facts, or null when its own data is withheld (the build gives it no fact sheet).</summary>
    public static FactsArticle? Translate(ArticleModel model)
    {
        if (model.Article.Emitted is not { } article)
        {
            return null;
        }

        return new FactsArticle(
            model.Id,
            article.Title,
            article.Publisher.Id,
            article.Published.ToString(),
            article.Language,
            article.Url,
            article.Text,
            Anchor(article.Body)!,
            Emitted(model.Entities).Select(e => new FactsEntity(
                e.Id, e.Type.ToString(), e.Name, e.Aliases.ToList(), e.Roles.Select(r => new FactsRole(r.Title, r.Of?.Id)).ToList(), e.PartOf?.Id, e.Mentioned)).ToList(),
            Emitted(model.Events).Select(e => new FactsEvent(
                e.Id, e.Type, e.Participants.Select(p => p.Id).ToList(), e.Place?.Id, e.When?.Id, e.Tense?.ToString(), Anchor(e.Trigger)!)).ToList(),
            Emitted(model.Claims).Select(c => new FactsClaim(
                c.Id, c.Statement, c.Source.Id, c.IsAuthorVoice, c.Stance.ToString(), Anchor(c.Evidence)!, c.EvidenceQuote?.Id, Anchor(c.Cue),
                c.About?.Id, c.Subject?.Id, c.Object?.Id, c.Predicate, c.When?.Id, c.Quantities.Select(q => q.Id).ToList())).ToList(),
            Emitted(model.Quotes).Select(q => new FactsQuote(q.Id, q.Speaker.Id, q.Kind.ToString(), Anchor(q.Cue), Anchor(q.Anchor)!)).ToList(),
            Emitted(model.Quantities).Select(q => new FactsQuantity(
                q.Id, Number(q.Value), q.Unit, q.Comparator.ToString(), q.Alt is null ? null : Number(q.Alt.Value), q.Alt?.Unit, Anchor(q.At)!)).ToList(),
            Emitted(model.Dates).Select(d => new FactsDate(
                d.Id, d.Value?.ToString(), d.Start?.ToString(), d.End?.ToString(), d.Mod?.ToString(), d.Rule?.ToString(), Anchor(d.At)!)).ToList());
    }

    private static IEnumerable<T> Emitted<T>(EquatableArray<Fact<T>> facts)
        where T : class, System.IEquatable<T> => facts.Select(f => f.Emitted).OfType<T>();

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static FactsAnchor? Anchor(AnchorModel? a) => a is null ? null : new FactsAnchor(a.Start, a.Length, a.Line, a.Column, a.Text);
}
