using System;
using System.Collections.Generic;

namespace ArticleFacts.Generators.Tests.Withheld;

/// <summary>Splits generated source into its members: <c>Class.Member</c> to the member's doc comment, attributes and declaration.</summary>
internal static class MemberText
{
    public static Dictionary<string, string> Of(string source)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<string>();
        var classes = new Stack<(int Indent, string Name)>();
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            var indent = raw.Length - raw.TrimStart().Length;
            while (line.Length > 0 && line != "}" && line != "{" && classes.Count > 0 && classes.Peek().Indent >= indent)
            {
                classes.Pop();
            }

            if (line.StartsWith("public static class ", StringComparison.Ordinal) || line.StartsWith("public static partial class ", StringComparison.Ordinal))
            {
                classes.Push((indent, line.Substring(line.LastIndexOf(' ') + 1)));
                pending.Clear();
            }
            else if (line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith("[", StringComparison.Ordinal))
            {
                pending.Add(raw);
            }
            else if (line.StartsWith("public static ", StringComparison.Ordinal) || line.StartsWith("private static ", StringComparison.Ordinal))
            {
                pending.Add(raw);
                var name = line.Split(' ')[3];
                members.Add(classes.Peek().Name + "." + name, string.Join("\n", pending));
                pending.Clear();
            }
            else
            {
                pending.Clear();
            }
        }

        return members;
    }
}
