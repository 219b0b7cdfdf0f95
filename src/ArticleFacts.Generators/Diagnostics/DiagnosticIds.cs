namespace ArticleFacts.Generators.Diagnostics;

/// <summary>The diagnostic ids of the facts format (see docs/diagnostics/).</summary>
internal static class DiagnosticIds
{
    public const string YamlSyntax = "AF0001";
    public const string UnknownKey = "AF0002";
    public const string MissingKey = "AF0003";
    public const string MalformedValue = "AF0004";
    public const string ArticleText = "AF0005";
    public const string UnsupportedSchema = "AF0006";
    public const string Forbidden = "AF0007";
    public const string InvalidEncoding = "AF0008";
    public const string InvalidSetting = "AF0009";

    /// <summary>A facts file the compiler could not read: a project extension, the spec leaves it open (docs/format.md).</summary>
    public const string Unreadable = "AF0010";

    /// <summary>An article text too long to compile in: a project extension, the spec leaves it open (docs/format.md).</summary>
    public const string TextTooLong = "AF0011";
    public const string AnchorNotFound = "AF1001";
    public const string AnchorAmbiguous = "AF1002";
    public const string AnchorOutsideBody = "AF1003";
    public const string BodyMarker = "AF1004";
    public const string QuoteMarks = "AF1005";
    public const string DuplicateId = "AF2001";
    public const string NameCollision = "AF2002";
    public const string UndefinedReference = "AF2003";
    public const string WrongKind = "AF2004";
    public const string SharedName = "AF2005";
    public const string ReferenceCycle = "AF2006";
    public const string NeverMentioned = "AF2007";
    public const string ImpossibleDate = "AF3001";
    public const string RuleMismatch = "AF3002";
    public const string AltMismatch = "AF3003";
    public const string QuantityNotInText = "AF3004";
    public const string UnusedEntity = "AF4001";
    public const string UncoveredQuotation = "AF4002";
    public const string UnmatchedDeclaration = "AF5001";
    public const string DuplicateDeclaration = "AF5002";
    public const string DeclarationShape = "AF5003";
    public const string CatalogueDeclaration = "AF5004";
    public const string InternalError = "AF9999";
}
