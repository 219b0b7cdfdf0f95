using System.Collections.Generic;
using System.Linq;

namespace ArticleFacts.Cli.Json;

/// <summary>Maps a <see cref="FactSheet"/> to its JSON shape: references become ids.</summary>
public static class JsonMapper
{
    /// <summary>The JSON shape of one sheet.</summary>
    public static SheetJson Map(FactSheet sheet)
    {
        var article = sheet.Article;
        var claims = sheet.Claims;

        var entities = AllEntities(sheet);
        var events = ReferenceClosure.Of(sheet.Events, claims.Select(c => c.About), e => e.Id);
        var quotes = ReferenceClosure.Of(sheet.Quotes, claims.Select(c => c.EvidenceQuote), q => q.Id);
        var quantities = ReferenceClosure.Of(sheet.Quantities, claims.SelectMany(c => c.Quantities), q => q.Id);
        var dates = ReferenceClosure.Of(
            sheet.Dates,
            events.Select(e => e.When).Concat(claims.Select(c => c.When)),
            d => d.Id);

        return new SheetJson(
            new ArticleJson(
                article.Id,
                article.Title,
                article.Publisher.Id,
                Format.Date(article.Published),
                article.Language,
                article.Url,
                Map(article.Body),
                article.Text.Length),
            entities.Select(Map).ToList(),
            events.Select(Map).ToList(),
            claims.Select(Map).ToList(),
            quotes.Select(Map).ToList(),
            quantities.Select(Map).ToList(),
            dates.Select(Map).ToList());
    }

    /// <summary>The JSON shape of an anchor.</summary>
    public static AnchorJson Map(Anchor anchor) => new(anchor.Start, anchor.Length, anchor.Line, anchor.Column, anchor.Text);

    /// <summary>The entities of a sheet, then every entity its facts refer to without listing it (a publisher named only in metadata).</summary>
    internal static IReadOnlyList<Entity> AllEntities(FactSheet sheet) =>
        ReferenceClosure.Of(sheet.Entities, EntityReferences(sheet), e => e.Id, ReferenceClosure.EntityReferences);

    private static IEnumerable<Entity?> EntityReferences(FactSheet sheet)
    {
        yield return sheet.Article.Publisher;
        foreach (var e in sheet.Events)
        {
            foreach (var participant in e.Participants)
            {
                yield return participant;
            }

            yield return e.Place;
        }

        foreach (var claim in sheet.Claims)
        {
            yield return claim.Source;
            yield return claim.Subject;
            yield return claim.Object;
        }

        foreach (var quote in sheet.Quotes)
        {
            yield return quote.Speaker;
        }
    }

    private static AnchorJson? MapOptional(Anchor? anchor) => anchor is null ? null : Map(anchor);

    private static EntityJson Map(Entity entity) => new(
        entity.Id,
        entity.Type,
        entity.Name,
        entity.Aliases.ToList(),
        entity.Roles.Select(r => new RoleJson(r.Title, r.Of?.Id)).ToList(),
        entity.PartOf?.Id,
        entity.Mentioned);

    private static EventJson Map(Event e) => new(
        e.Id,
        e.Type,
        e.Participants.Select(p => p.Id).ToList(),
        e.Place?.Id,
        e.When?.Id,
        e.Tense,
        Map(e.Trigger));

    private static ClaimJson Map(Claim claim) => new(
        claim.Id,
        claim.Statement,
        claim.Source.Id,
        claim.IsAuthorVoice,
        claim.Stance,
        Map(claim.Evidence),
        claim.EvidenceQuote?.Id,
        MapOptional(claim.Cue),
        claim.About?.Id,
        claim.Subject?.Id,
        claim.Object?.Id,
        claim.Predicate,
        claim.When?.Id,
        claim.Quantities.Select(q => q.Id).ToList());

    private static QuoteJson Map(Quote quote) => new(quote.Id, quote.Speaker.Id, quote.Kind, MapOptional(quote.Cue), Map(quote.Anchor));

    private static QuantityJson Map(Quantity quantity) => new(
        quantity.Id,
        quantity.Value,
        quantity.Unit,
        quantity.Comparator,
        quantity.Alt is null ? null : new AmountJson(quantity.Alt.Value, quantity.Alt.Unit),
        Map(quantity.At));

    private static DateJson Map(DateExpression date) => new(
        date.Id,
        date.Value?.ToString(),
        date.Start?.ToString(),
        date.End?.ToString(),
        date.Mod,
        date.Rule,
        Map(date.At));
}
