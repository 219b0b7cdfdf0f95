namespace ArticleFacts.Generators.Model;

/// <summary>
/// A reference from one fact to another, typed: the section the target lives in and its id, with the member the
/// generated code names it by. The emitter writes <c>Section.Member</c>; the withholding closure follows it.
/// </summary>
internal sealed record FactRef(FactKind Kind, string Id, string Member)
{
    public static FactRef To(FactKind kind, string id) => new(kind, id, Naming.Pascal(id));

    /// <summary>The fact as a curator names it: <c>the quote 'q_kcna'</c>.</summary>
    public string Describe() => "the " + Kind.Noun().Substring(Kind.Noun().IndexOf(' ') + 1) + " '" + Id + "'";
}
