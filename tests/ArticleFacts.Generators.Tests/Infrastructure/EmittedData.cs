using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// The data lines of a generated article (the argument of <c>new FactTable(...)</c> in its class <c>__Data</c>), read with
/// Roslyn as the compiler reads the literal: <c>Quote:quote_kcna</c> (the accessor's method and the fact's id) to the
/// fact's line, fields separated by tabs. A fact's member is a call <c>__Data.Table.Quote("quote_kcna")</c>; its value
/// is that line.
/// </summary>
public static class EmittedData
{
    private static readonly Dictionary<char, string> Methods = new()
    {
        ['A'] = "Article", ['E'] = "Entity", ['D'] = "Date", ['N'] = "Quantity", ['V'] = "Event", ['Q'] = "Quote", ['C'] = "Claim",
    };

    /// <summary>The accessor calls of a member's text: <c>Quote:quote_kcna</c> for <c>__Data.Table.Quote("quote_kcna")</c>.</summary>
    public static readonly Regex Accessor = new(@"__Data\.Table\.(\w+)\(""([^""]*)""\)", RegexOptions.CultureInvariant);

    /// <summary>The whole data, as the runtime's <c>FactTable</c> receives it; null when the source has none.</summary>
    public static string? Data(string source)
    {
        var creation = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>()
            .FirstOrDefault(c => c.Type.ToString().EndsWith("FactTable", StringComparison.Ordinal));
        return creation?.ArgumentList?.Arguments.Single().Expression is LiteralExpressionSyntax literal ? literal.Token.ValueText : null;
    }

    public static Dictionary<string, string> Lines(string source)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (Data(source) ?? string.Empty).Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split('\t');
            lines.Add(Methods[line[0]] + ":" + fields[1], line);
        }

        return lines;
    }

    /// <summary>The line of the fact a member's text reads (<c>__Data.Table.Quote("quote_kcna")</c>).</summary>
    public static string LineOf(string source, string kind, string id) =>
        Lines(source).TryGetValue(kind + ":" + id, out var line) ? line : throw new KeyNotFoundException($"no data line {kind}:{id}");

    /// <summary>A section's <c>All</c>: <c>__Data.Table.Quotes()</c>.</summary>
    public static readonly Regex AllAccessor = new(@"__Data\.Table\.(Entities|Dates|Quantities|Events|Quotes|Claims)\(\)", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> Singular = new()
    {
        ["Entities"] = "Entity", ["Dates"] = "Date", ["Quantities"] = "Quantity", ["Events"] = "Event", ["Quotes"] = "Quote", ["Claims"] = "Claim",
    };

    /// <summary>
    /// <paramref name="memberText"/> with what it reads from the data appended: the line of each fact it reads, or, for a
    /// section's <c>All</c>, the ids of that section's lines in order (what <c>All</c> holds).
    /// </summary>
    public static string WithData(string memberText, IReadOnlyDictionary<string, string> lines)
    {
        var values = Accessor.Matches(memberText).Select(m => m.Groups[1].Value + ":" + m.Groups[2].Value)
            .Select(key => "\n// data: " + (lines.TryGetValue(key, out var line) ? line : "(none)"));
        var all = AllAccessor.Matches(memberText).Select(m => Singular[m.Groups[1].Value] + ":")
            .Select(prefix => "\n// all: " + string.Join(", ", lines.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k.Substring(prefix.Length))));
        return memberText + string.Concat(values) + string.Concat(all);
    }
}
