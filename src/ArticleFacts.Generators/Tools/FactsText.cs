using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Parsing;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tools;

/// <summary>A quotation of an article text: the offsets of its opening and closing marks.</summary>
public readonly record struct TextQuotation(int Open, int Close);

/// <summary>
/// The generator's readings of an article text, for tools that write facts files (<c>articlefacts
/// init</c>): what the build will find is what these return, from the same code.
/// </summary>
public static class FactsText
{
    /// <summary>The date rules of the format (<c>dct</c>, <c>last_year</c>, ...).</summary>
    public static IReadOnlyList<string> DateRules { get; } = ValueForms.DateRules.ToList();

    /// <summary>The one normalisation of the format: a byte-order mark dropped, CRLF and lone CR made LF.</summary>
    public static string Normalize(string text) => TextNormalizer.Normalize(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The quotations between <paramref name="start"/> and <paramref name="end"/>, as AF4002 finds them.</summary>
    public static IReadOnlyList<TextQuotation> Quotations(string text, int start, int end) =>
        QuotationScanner.Scan(text, start, end).Select(q => new TextQuotation(q.Open, q.Close)).ToList();

    /// <summary>The numbers written in <paramref name="text"/> (digits and English number words), as AF3004 reads them.</summary>
    public static IReadOnlyList<decimal> Numbers(string text) => NumberReader.Numbers(text);

    /// <summary>
    /// The value a date rule gives for an anchor's words and the publication date (ISO form, e.g.
    /// <c>2024-W03</c>), or null when the rule yields no date there; exactly what AF3002 checks.
    /// </summary>
    public static string? DeriveDate(string rule, DateTime published, string at) =>
        ValueForms.DateRules.Contains(rule, StringComparer.Ordinal) ? Validation.DateRules.Derive(rule, published, at).Value?.ToString() : null;

    /// <summary>
    /// Whether <paramref name="id"/> is a well-formed id whose generated name is free in
    /// <paramref name="section"/> (<c>entities</c>, <c>quotes</c>, ...): not <c>All</c>, an object
    /// member, the section's class name, nor the entity id <c>author</c>.
    /// </summary>
    public static bool IsUsableId(string id, string section)
    {
        if (id is null || !ValueForms.IsId(id))
        {
            return false;
        }

        return !FormatFacts.IsReservedMember(Naming.Pascal(id), Naming.Pascal(section ?? string.Empty))
            && !(section == FormatFacts.Sections[0] && id == FormatFacts.AuthorId);
    }

    /// <summary>Whether <paramref name="id"/> is a well-formed article id whose class name is not reserved, as the build decides (AF0004, AF2002).</summary>
    public static bool IsUsableArticleId(string id) =>
        id is not null && ValueForms.IsId(id) && !FormatFacts.IsReservedArticleClass(Naming.Pascal(id));

    /// <summary>A facts file's name ends so (the build compares ignoring case).</summary>
    public const string FactsSuffix = FormatFacts.FactsSuffix;

    /// <summary>The id-keyed sections of a facts file, in file order.</summary>
    public static IReadOnlyList<string> Sections { get; } = FormatFacts.Sections.ToList();

    /// <summary>The default article text of a facts file: <c>NAME.facts.yaml</c> (any case) becomes <c>NAME.txt</c>.</summary>
    public static string SiblingText(string factsPath) => FormatFacts.SiblingText(factsPath ?? throw new ArgumentNullException(nameof(factsPath)));
}
