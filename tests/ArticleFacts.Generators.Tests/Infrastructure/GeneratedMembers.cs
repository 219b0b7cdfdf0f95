using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// The fact members of a generated article, by declaration: <c>public static global::ArticleFacts.Quote QReady</c> to
/// its XML doc and its lines, so two generations can be compared member by member, byte for byte. The <c>All</c> lists
/// and the <c>Facts</c> sheet are left out (they list what is emitted); a withheld member is kept (its line has no
/// <c>{ get; }</c> but <c>=&gt; throw</c>). A use of a shared anchor (<c>SharedAnchors.A0</c>) is replaced by the
/// anchor it names: which anchors are shared depends on the other facts emitted, the value does not.
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

        var shared = Regex.Matches(source, @"internal static readonly global::ArticleFacts\.Anchor (A\d+) = (new global::ArticleFacts\.Anchor\(.*\));")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        foreach (var key in members.Keys.ToList())
        {
            members[key] = Regex.Replace(members[key], @"global::[\w.]+\.SharedAnchors\.(A\d+)", m => shared.TryGetValue(m.Groups[1].Value, out var anchor) ? anchor : m.Value);
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
