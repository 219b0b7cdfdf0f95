using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Parsing;

/// <summary>
/// Reads a facts file into a <see cref="FactsDocument"/>: the YAML tree, then the keys and
/// value forms of the format. Reports AF0001-AF0004, AF0006 and AF0007; cross-references and
/// anchors are the validator's. After a syntax error the document holds what was read before it
/// (see <see cref="FactsDocument"/>), and nothing cut off by the error is reported again.
/// </summary>
internal static class FactsParser
{
    public const string Schema = FormatFacts.Schema;

    private static readonly string[] TopKeys = new[] { "schema", "article" }.Concat(FormatFacts.Sections).ToArray();
    private static readonly string[] ArticleKeys = { "id", "text", "title", "publisher", "published", "language", "url", "body" };
    private static readonly string[] BodyKeys = { "start_after", "end_before" };

    /// <summary>Parses <paramref name="text"/> (normalised) of the file at <paramref name="path"/>.</summary>
    public static FactsDocument? Parse(string path, string text, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var lines = new LineMap(path, text, cancellationToken);
        var root = YamlTreeReader.Read(text, lines, diagnostics, cancellationToken, out var syntaxError);
        if (root is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticIds.MissingKey, lines.Location(0, 0), "schema", "the facts file (it is empty)");
            }

            return null;
        }

        var context = new ParseContext(lines, diagnostics, cancellationToken);
        var fileStart = lines.Location(0, 0);
        var top = FieldReader.Open(context, root, fileStart, "the facts file", TopKeys);
        if (!top.IsMapping)
        {
            return null;
        }

        var schema = top.Text("schema", required: true);
        if (schema is not null && schema.Text != Schema)
        {
            context.Error(DiagnosticIds.UnsupportedSchema, schema.Location, schema.Text);
            return null;
        }

        var article = context.Attributed(ParseDefect.ArticleBlock, () => ReadArticle(context, top));
        var sections = new SectionParser(context);
        var entitiesNode = top.Node("entities", required: true);
        var entities = sections.Entities(entitiesNode, top.Entry("entities"));
        return new FactsDocument(
            path,
            article,
            entities,
            sections.Events(top.Node("events", required: false)),
            sections.Claims(top.Node("claims", required: false)),
            sections.Quotes(top.Node("quotes", required: false)),
            sections.Quantities(top.Node("quantities", required: false)),
            sections.Dates(top.Node("dates", required: false)),
            syntaxError,
            sections.Incomplete)
        {
            Defects = new EquatableArray<ParseDefect>(System.Collections.Immutable.ImmutableArray.CreateRange(context.Defects)),
        };
    }

    private static ArticleSpec? ReadArticle(ParseContext context, FieldReader top)
    {
        var node = top.Node("article", required: true);
        if (node is null)
        {
            return null;
        }

        var key = context.Location(top.Entry("article")!.Key);
        var fields = FieldReader.Open(context, node, key, "article", ArticleKeys);
        if (!fields.IsMapping)
        {
            return null;
        }

        var id = fields.Checked("id", required: true, ValueForms.IsId, ValueForms.IdExpected);
        var textPath = fields.Text("text", required: false);
        var title = fields.Text("title", required: false);
        var publisher = fields.Checked("publisher", required: true, ValueForms.IsId, ValueForms.IdExpected);
        var published = fields.Checked("published", required: true, t => DateValue.TryParseForm(t) is { Precision: DatePrecision.Day }, ValueForms.IsoDateExpected);
        var language = fields.Checked("language", required: false, ValueForms.IsLanguage, ValueForms.LanguageExpected);
        var url = fields.Checked("url", required: false, ValueForms.IsUrl, ValueForms.UrlExpected);

        AnchorSpec? startAfter = null;
        AnchorSpec? endBefore = null;
        var bodyNode = fields.Node("body", required: false);
        if (bodyNode is not null)
        {
            var body = FieldReader.Open(context, bodyNode, context.Location(fields.Entry("body")!.Key), "article.body", BodyKeys);
            startAfter = body.Anchor("start_after", required: false);
            endBefore = body.Anchor("end_before", required: false);
        }

        return new ArticleSpec(key, id, textPath, title, publisher, published, language, url, startAfter, endBefore, fields.IsCut);
    }
}
