using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Tools;

/// <summary>
/// The one place the generator's internal article model becomes the public facts of <see cref="FactsReader"/>:
/// member names become ids again, anchors and dates plain records.
/// </summary>
internal static class FactsTranslation
{
    public static FactsArticle Translate(ArticleModel model)
    {
        // References in the model are generated member names; every fact's member is unique within its section.
        var entity = model.Entities.ToDictionary(e => e.Member, e => e.Id);
        var quote = model.Quotes.ToDictionary(q => q.Member, q => q.Id);
        var ev = model.Events.ToDictionary(e => e.Member, e => e.Id);
        var quantity = model.Quantities.ToDictionary(q => q.Member, q => q.Id);
        var date = model.Dates.ToDictionary(d => d.Member, d => d.Id);

        return new FactsArticle(
            model.Id,
            model.Title,
            Id(entity, model.PublisherMember)!,
            model.Published,
            model.Language,
            model.Url,
            model.Text,
            Anchor(model.Body)!,
            model.Entities.Select(e => new FactsEntity(
                e.Id, e.Type, e.Name, e.Aliases.ToList(), e.Roles.Select(r => new FactsRole(r.Title, Id(entity, r.Of))).ToList(), Id(entity, e.PartOf), e.Mentioned)).ToList(),
            model.Events.Select(e => new FactsEvent(
                e.Id, e.Type, e.Participants.Select(p => Id(entity, p)!).ToList(), Id(entity, e.Place), Id(date, e.When), e.Tense, Anchor(e.Trigger)!)).ToList(),
            model.Claims.Select(c => new FactsClaim(
                c.Id, c.Statement, Id(entity, c.Source)!, c.IsAuthorVoice, c.Stance, Anchor(c.Evidence)!, Id(quote, c.EvidenceQuote), Anchor(c.Cue),
                Id(ev, c.About), Id(entity, c.Subject), Id(entity, c.Object), c.Predicate, Id(date, c.When), c.Quantities.Select(q => Id(quantity, q)!).ToList())).ToList(),
            model.Quotes.Select(q => new FactsQuote(q.Id, Id(entity, q.Speaker)!, q.Kind, Anchor(q.Cue), Anchor(q.Anchor)!)).ToList(),
            model.Quantities.Select(q => new FactsQuantity(q.Id, q.Value, q.Unit, q.Comparator, q.AltValue, q.AltUnit, Anchor(q.At)!)).ToList(),
            model.Dates.Select(d => new FactsDate(d.Id, d.Value?.ToString(), d.Start?.ToString(), d.End?.ToString(), d.Mod, d.Rule, Anchor(d.At)!)).ToList());
    }

    /// <summary>The id of a member; a member the section does not hold stays as it is (a reader resolves ids and skips what it cannot).</summary>
    private static string? Id(Dictionary<string, string> ids, string? member) =>
        member is null ? null : ids.TryGetValue(member, out var id) ? id : member;

    private static FactsAnchor? Anchor(AnchorModel? a) => a is null ? null : new FactsAnchor(a.Start, a.Length, a.Line, a.Column, a.Text);
}
