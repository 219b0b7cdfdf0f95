using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// Checks a parsed facts file against itself and its article text (<see cref="FactChecks"/> and the checks of the
/// article, ids, entity graph, names and coverage: every diagnostic), then builds the model to emit
/// (<see cref="ModelBuilder"/>: no diagnostic) whenever the article's class name is known. Plain code over the model:
/// no Roslyn driver needed, so tools can reuse it.
/// </summary>
internal static class ArticleValidator
{
    public static ArticleResult Validate(ArticleInput input, CancellationToken cancellationToken)
    {
        var facts = input.Facts;
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(facts.Diagnostics);
        var document = facts.Document;
        if (document is null)
        {
            return new ArticleResult(facts.Path, null, null, null, diagnostics.ToEquatableArray());
        }

        if (facts.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.InvalidEncoding) is { } garbled)
        {
            // A facts file that is not UTF-8 (AF0008) reports nothing else: what else is wrong may be the decoding's doing.
            // Its class still exists when its name is known, with every fact withheld for the encoding.
            var quiet = new DiagnosticBag();
            var name = document.Article?.Id is { } id ? CheckArticleName(id, quiet) : null;
            var withheld = name is null
                ? null
                : ModelBuilder.Build(facts.Path, document.Article!.Id!.Text, name, Check(document, facts.TextPath, input.Text, quiet, cancellationToken)).WithholdingAll(Withholding.Own(garbled));
            return new ArticleResult(facts.Path, name, document.Article?.Id?.Location, withheld, diagnostics.ToEquatableArray());
        }

        var className = document.Article?.Id is { } articleId ? CheckArticleName(articleId, diagnostics) : null;
        var @checked = Check(document, facts.TextPath, input.Text, diagnostics, cancellationToken);
        var model = className is null ? null : ModelBuilder.Build(facts.Path, document.Article!.Id!.Text, className, @checked);
        return new ArticleResult(facts.Path, className, document.Article?.Id?.Location, model, diagnostics.ToEquatableArray());
    }

    private static CheckedArticle Check(FactsDocument document, string textPath, SourceFile? textFile, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var ids = new IdTable(document, diagnostics, cancellationToken);
        var references = new References(ids, document, diagnostics);
        var text = ArticleText.Open(document, textPath, textFile, diagnostics, cancellationToken);
        var checks = new FactChecks(document, references, text, diagnostics, cancellationToken);

        var articleDefects = checks.ArticleParseDefects.ToList();
        if (document.Article is { Incomplete: true } && document.SyntaxError is { } cut)
        {
            articleDefects.Add(cut);
        }

        var mark = diagnostics.Mark;
        var publisher = references.Resolve(document.Article?.Publisher, new ReferenceRole("article.publisher"), FactKind.Entity);
        var published = Published(document.Article, diagnostics);
        articleDefects.AddRange(diagnostics.WithholdingSince(mark));

        var entities = document.Entities.Select(checks.Entity).ToList();
        EntityCycles(document, references, entities, diagnostics, cancellationToken);
        var events = document.Events.Select(checks.Event).ToList();
        var quotes = document.Quotes.Select(checks.Quote).ToList();
        var claims = document.Claims.Select(c => checks.Claim(c, quotes, publisher)).ToList();
        var quantities = document.Quantities.Select(checks.Quantity).ToList();
        var dates = document.Dates.Select(d => checks.Date(d, published?.FirstDay)).ToList();

        EntityNames.Check(document, text.Index, diagnostics, cancellationToken);
        // After a syntax error the facts that would use an entity or cover a quotation may be the ones it hid.
        var complete = document.SyntaxError is null;
        if (publisher is not null && complete)
        {
            Coverage.UnusedEntities(document, references.UsedEntities, diagnostics);
        }

        if (text.Index is { } index && complete)
        {
            Coverage.UncoveredQuotations(
                index,
                quotes.Where(q => q.Parts.Anchor is not null && q.Parts.InMarks).Select(q => q.Parts.Anchor!).ToList(),
                quotes.Where(q => q.Parts.Anchor is not null && !q.Parts.InMarks).Select(q => q.Parts.Anchor!).ToList(),
                quotes.Where(q => q.Parts.Anchor is null && q.Spec.Text is not null).Select(q => q.Spec.Text!.Exact.Text).ToList(),
                diagnostics);
        }

        return new CheckedArticle(document, ids, text, publisher, published, articleDefects, entities, events, claims, quotes, quantities, dates);
    }

    /// <summary>The publication date, or null when it is missing, malformed (reported by the parser) or impossible (reported here).</summary>
    private static DateValue? Published(ArticleSpec? article, DiagnosticBag diagnostics)
    {
        var published = article?.Published is { } p ? DateValue.TryParseForm(p.Text) : null;
        if (published is { IsPossible: false })
        {
            diagnostics.Add(DiagnosticIds.ImpossibleDate, article!.Published!.Location, $"The publication date '{published}' does not exist");
            return null;
        }

        return published;
    }

    /// <summary>The <c>part_of</c> and role cycles among the entities: the reference that closes one becomes its entity's defect.</summary>
    private static void EntityCycles(FactsDocument document, References references, List<Checked<EntitySpec, EntityParts>> entities, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var mark = diagnostics.Mark;
        EntityGraph.OrderAll(document.Entities.AsImmutableArray(), references.IsEntity, diagnostics, out _, cancellationToken);
        foreach (var cycle in diagnostics.WithholdingSince(mark))
        {
            var at = entities.FindIndex(e => e.Spec.PartOf?.Location == cycle.Location || e.Spec.Roles.Any(r => r.Of?.Location == cycle.Location));
            if (at >= 0)
            {
                entities[at] = entities[at] with { Defects = entities[at].Defects.Concat(new[] { cycle }).ToList() };
            }
        }
    }

    private static string? CheckArticleName(Located id, DiagnosticBag diagnostics)
    {
        var name = Naming.Pascal(id.Text);
        if (FormatFacts.IsReservedArticleClass(name))
        {
            diagnostics.Add(DiagnosticIds.NameCollision, id.Location, $"The article id '{id.Text}' becomes the class name '{name}', which is reserved ({string.Join(", ", FormatFacts.ReservedArticleClasses)}): choose another article id");
            return null;
        }

        return name;
    }
}
