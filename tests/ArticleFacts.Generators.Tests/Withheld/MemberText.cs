using System;
using System.Collections.Generic;

namespace ArticleFacts.Generators.Tests.Withheld;

/// <summary>
/// Splits generated source into its members: <c>Class.Member</c> to the member's doc comment, attributes and whole
/// declaration, followed by the data line of the fact it reads (<see cref="Infrastructure.EmittedData"/>): that line is
/// the fact's value.
/// </summary>
internal static class MemberText
{
    public static Dictionary<string, string> Of(string source)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new List<string>();
        var classes = new Stack<(int Indent, string Name)>();
        string? open = null; // a member whose declaration runs over several lines, until one ends with ';'
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (open is not null)
            {
                members[open] += "\n" + raw;
                open = line.EndsWith(';') ? null : open;
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            while (line.Length > 0 && line != "}" && line != "{" && classes.Count > 0 && classes.Peek().Indent >= indent)
            {
                classes.Pop();
            }

            if (line.StartsWith("public static class ", StringComparison.Ordinal) || line.StartsWith("public static partial class ", StringComparison.Ordinal)
                || line.StartsWith("private static class ", StringComparison.Ordinal))
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
                var key = classes.Peek().Name + "." + name;
                members.Add(key, string.Join("\n", pending));
                open = line.EndsWith(';') ? null : key;
                pending.Clear();
            }
            else
            {
                pending.Clear();
            }
        }

        var data = Infrastructure.EmittedData.Lines(source);
        foreach (var key in new List<string>(members.Keys))
        {
            members[key] = Infrastructure.EmittedData.WithData(members[key], data);
        }

        return members;
    }
}
