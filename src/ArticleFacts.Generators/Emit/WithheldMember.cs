using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// The member of a withheld fact: it exists, so code that names it still binds and nothing else around it breaks, but
/// every use is one compiler error (CS0619) whose message names the AF error and its YAML place. Its getter never yields
/// a value: reflection that reaches it gets the same message as an exception.
/// </summary>
internal static class WithheldMember
{
    public static void Write(CodeWriter w, string type, string member, Withholding withheld)
    {
        var message = CSharpText.Literal(withheld.Message);
        w.Summary("Withheld: " + CSharpText.Xml(withheld.Message));
        w.Line("[global::System.Obsolete(" + message + ", error: true)]");
        w.StartLine("public static ").Append(type).Append(" ").Append(member).Append(" => throw new global::System.InvalidOperationException(").Append(message).Append(");").EndLine();
    }
}
