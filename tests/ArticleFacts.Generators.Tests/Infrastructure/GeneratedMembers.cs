using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// The fact members of a generated article, by declaration: <c>public static global::ArticleFacts.Quote QReady</c> to
/// its XML doc and its lines, so two generations can be compared member by member, byte for byte. The <c>All</c> lists
/// and the <c>Facts</c> sheet are left out (they list what is emitted); a withheld member is kept (its line has no
/// <c>{ get; }</c> but <c>=&gt; throw</c>). An emitted member is followed by the data line of the fact it reads
/// (<see cref="EmittedData"/>): that line is the fact's value.
/// </summary>
public static class GeneratedMembers
{
    public static Dictionary<string, string> Of(string source)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var doc = new StringBuilder();
        string? open = null;
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (open is not null)
            {
                // A member written over several lines (named arguments): up to the line that ends it.
                members[open] += "\n" + line;
                open = line.EndsWith(";", StringComparison.Ordinal) ? null : open;
                continue;
            }

            if (line.StartsWith("///", StringComparison.Ordinal) || line.StartsWith("[global::System.Obsolete(", StringComparison.Ordinal))
            {
                doc.Append(line).Append('\n');
                continue;
            }

            var end = line.IndexOf(" { get; }", StringComparison.Ordinal) is var get and >= 0 ? get : line.IndexOf(" => throw ", StringComparison.Ordinal);
            if (line.StartsWith("public static ", StringComparison.Ordinal) && end > 0 && !line.StartsWith("public static global::System.Collections.Immutable.ImmutableArray<", StringComparison.Ordinal)
                && !line.StartsWith("public static global::ArticleFacts.FactSheet ", StringComparison.Ordinal))
            {
                var key = line.Substring(0, end);
                members[key] = doc.ToString() + line;
                open = line.EndsWith(";", StringComparison.Ordinal) ? null : key;
            }

            doc.Clear();
        }

        var data = EmittedData.Lines(source);
        foreach (var key in members.Keys.ToList())
        {
            members[key] = EmittedData.WithData(members[key], data);
        }

        return members;
    }

    /// <summary>The members that are emitted with a value (not withheld).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Emitted(Dictionary<string, string> members)
    {
        foreach (var member in members)
        {
            if (member.Value.IndexOf(" => throw ", StringComparison.Ordinal) < 0)
            {
                yield return member;
            }
        }
    }
}
