namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The member of a withheld fact: it exists, so code that names it still binds and nothing else around it breaks, but
/// every use is one compiler error (CS0619) whose message names the AF error and its YAML place. Its getter never yields
/// a value: reflection that reaches it gets the same message as an exception.
/// </summary>
internal static class WithheldMember
{
    /// <param name="attributes">Attribute lines to put after the doc comment (a member outside the section classes).</param>
    /// <param name="reason">The withholding's message, as <see cref="FactDocs.Shown"/> gives it.</param>
    public static void Write(CodeWriter w, string type, string member, string[] doc, string reason, string[]? attributes = null)
    {
        var message = CSharpText.Literal(reason);
        w.Summary(doc);
        foreach (var attribute in attributes ?? System.Array.Empty<string>())
        {
            w.Line(attribute);
        }

        w.Line("[global::System.Obsolete(" + message + ", error: true)]");
        w.Line("public static " + type + " " + member + " => throw new global::System.InvalidOperationException(" + message + ");");
    }
}
