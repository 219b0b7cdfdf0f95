using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. Messages say what is wrong and how to fix it.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/articlefacts/articlefacts/blob/main/docs/diagnostics/";

    private const string Syntax = "ArticleFacts.Syntax";
    private const string Anchors = "ArticleFacts.Anchors";
    private const string Ids = "ArticleFacts.Ids";
    private const string Values = "ArticleFacts.Values";
    private const string Coverage = "ArticleFacts.Coverage";
    private const string Declarations = "ArticleFacts.Declarations";

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new();

    // Declared before the descriptors: static fields initialise in textual order.
    private static readonly string[] NotConfigurable = { WellKnownDiagnosticTags.NotConfigurable };

    /// <summary>
    /// Errors after which the fact they belong to is still emitted faithfully: they may be demoted (NoWarn,
    /// .globalconfig). Every other error withholds its fact and is not configurable, so demoting it never hides why a
    /// member is missing (docs/diagnostics/README.md has the table).
    /// </summary>
    public static readonly string[] Demotable = { DiagnosticIds.QuoteMarks, DiagnosticIds.SharedName, DiagnosticIds.NeverMentioned };

    public static readonly DiagnosticDescriptor YamlSyntax = Error(DiagnosticIds.YamlSyntax, "YAML syntax error", "YAML syntax error: {0}", Syntax);
    public static readonly DiagnosticDescriptor UnknownKey = Error(DiagnosticIds.UnknownKey, "Unknown key", "Unknown key '{0}' in {1}{2}", Syntax);
    public static readonly DiagnosticDescriptor MissingKey = Error(DiagnosticIds.MissingKey, "Required key missing", "{1} is missing the required key '{0}'", Syntax);
    public static readonly DiagnosticDescriptor MalformedValue = Error(DiagnosticIds.MalformedValue, "Malformed value", "Malformed '{0}': {1}", Values);
    public static readonly DiagnosticDescriptor ArticleText = Error(DiagnosticIds.ArticleText, "Article text unavailable", "{0}", Syntax);
    public static readonly DiagnosticDescriptor UnsupportedSchema = Error(DiagnosticIds.UnsupportedSchema, "Unsupported schema", "Unsupported schema '{0}': this generator reads 'articlefacts/1'", Syntax);
    public static readonly DiagnosticDescriptor Forbidden = Error(DiagnosticIds.Forbidden, "YAML feature not allowed", "Not allowed in a facts file: {0}", Syntax);
    public static readonly DiagnosticDescriptor InvalidEncoding = Error(DiagnosticIds.InvalidEncoding, "File not valid UTF-8", "{0}", Syntax);
    public static readonly DiagnosticDescriptor InvalidSetting = Error(DiagnosticIds.InvalidSetting, "Invalid MSBuild setting", "{0}", Syntax);
    public static readonly DiagnosticDescriptor Unreadable = Error(DiagnosticIds.Unreadable, "Facts file could not be read", "{0}", Syntax);
    public static readonly DiagnosticDescriptor TextTooLong = Error(DiagnosticIds.TextTooLong, "Article text too long to compile", "{0}", Syntax);
    public static readonly DiagnosticDescriptor AnchorNotFound = Error(DiagnosticIds.AnchorNotFound, "Anchor not found", "Anchor \"{0}\" is not in the article body{1}", Anchors);
    public static readonly DiagnosticDescriptor AnchorAmbiguous = Error(DiagnosticIds.AnchorAmbiguous, "Anchor matches more than once", "Anchor \"{0}\" matches {1} times in the body, at {2}: it must match exactly once{3}", Anchors);
    public static readonly DiagnosticDescriptor AnchorOutsideBody = Error(DiagnosticIds.AnchorOutsideBody, "Anchor outside the body", "Anchor \"{0}\" is found only outside the article body, at {1}: facts must come from the body", Anchors);
    public static readonly DiagnosticDescriptor BodyMarker = Error(DiagnosticIds.BodyMarker, "Body marker invalid", "Body marker {0} {1}; no anchor of this article is checked until it is fixed", Anchors);
    public static readonly DiagnosticDescriptor QuoteMarks = Error(DiagnosticIds.QuoteMarks, "Quote not between quotation marks", "Quote \"{0}\" is not between quotation marks: {1}", Anchors);
    public static readonly DiagnosticDescriptor DuplicateId = Error(DiagnosticIds.DuplicateId, "Duplicate id", "Duplicate id '{0}': it is already defined at {1}", Ids);
    public static readonly DiagnosticDescriptor NameCollision = Error(DiagnosticIds.NameCollision, "Generated name collides or is reserved", "{0}", Ids);
    public static readonly DiagnosticDescriptor UndefinedReference = Error(DiagnosticIds.UndefinedReference, "Undefined id", "'{0}' is not defined: {1} must name {2}{3}", Ids);
    public static readonly DiagnosticDescriptor WrongKind = Error(DiagnosticIds.WrongKind, "Reference of the wrong kind", "{0}", Ids);
    public static readonly DiagnosticDescriptor SharedName = Error(DiagnosticIds.SharedName, "Name or alias shared by two entities", "{0}", Ids);
    public static readonly DiagnosticDescriptor ReferenceCycle = Error(DiagnosticIds.ReferenceCycle, "Cycle of entity references", "{0}", Ids);
    public static readonly DiagnosticDescriptor NeverMentioned = Error(DiagnosticIds.NeverMentioned, "Entity never mentioned in the body", "{0}", Ids);
    public static readonly DiagnosticDescriptor ImpossibleDate = Error(DiagnosticIds.ImpossibleDate, "Impossible date", "{0}", Values);
    public static readonly DiagnosticDescriptor RuleMismatch = Error(DiagnosticIds.RuleMismatch, "Date rule does not yield the value", "{0}", Values);
    public static readonly DiagnosticDescriptor AltMismatch = Warning(DiagnosticIds.AltMismatch, "Alternative amount does not convert", "{0}", Values);
    public static readonly DiagnosticDescriptor QuantityNotInText = Error(DiagnosticIds.QuantityNotInText, "Quantity value not in the text", "{0}", Values);
    public static readonly DiagnosticDescriptor UnusedEntity = Warning(DiagnosticIds.UnusedEntity, "Entity used by no fact", "{0}", Coverage);
    public static readonly DiagnosticDescriptor UncoveredQuotation = Warning(DiagnosticIds.UncoveredQuotation, "Quotation not covered by a quote", "{0}", Coverage);
    public static readonly DiagnosticDescriptor UnmatchedDeclaration = Error(DiagnosticIds.UnmatchedDeclaration, "Declared facts file not found", "No facts file matches '{0}' (relative to the project): {1}", Declarations);
    public static readonly DiagnosticDescriptor DuplicateDeclaration = Error(DiagnosticIds.DuplicateDeclaration, "Facts file declared twice", "The facts file '{0}' is already declared by '{1}' at {2}: a facts file fills one class; remove one of the attributes", Declarations);
    public static readonly DiagnosticDescriptor DeclarationShape = Error(DiagnosticIds.DeclarationShape, "Declared article class is not static partial", "{0}", Declarations);
    public static readonly DiagnosticDescriptor CatalogueDeclaration = Error(DiagnosticIds.CatalogueDeclaration, "Catalogue declared twice or not partial", "{0}", Declarations);
    public static readonly DiagnosticDescriptor InternalError = Error(DiagnosticIds.InternalError, "Internal generator error", "The ArticleFacts generator failed on this file ({0}); please report it with the file", Syntax);

    public static DiagnosticDescriptor Get(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : InternalError;

    public static bool IsWarning(string id) => Get(id).DefaultSeverity == DiagnosticSeverity.Warning;

    /// <summary>Whether the error withholds what it belongs to (a fact, the article, or the file); such an error is not configurable.</summary>
    public static bool Withholds(string id) => !IsWarning(id) && System.Array.IndexOf(Demotable, id) < 0;

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    private static DiagnosticDescriptor Error(string id, string title, string message, string category) =>
        Register(new DiagnosticDescriptor(
            id,
            title,
            message,
            category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: System.Array.IndexOf(Demotable, id) < 0 ? NotConfigurable : System.Array.Empty<string>()));

    private static DiagnosticDescriptor Warning(string id, string title, string message, string category) =>
        Register(new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md"));

    private static DiagnosticDescriptor Register(DiagnosticDescriptor descriptor)
    {
        ById[descriptor.Id] = descriptor;
        return descriptor;
    }
}
