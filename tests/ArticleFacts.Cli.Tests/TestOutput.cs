using System;
using System.Collections.Generic;
using System.IO;
using ArticleFacts.Cli.Rendering;
using Spectre.Console.Testing;

namespace ArticleFacts.Cli.Tests;

/// <summary>Helpers to render and slice the fact sheet output.</summary>
internal static class TestOutput
{
    public static string Render(IReadOnlyList<FactSheet> sheets, int width = 200)
    {
        using var console = new TestConsole().Width(width);
        FactSheetRenderer.Render(sheets, console);
        return console.Output;
    }

    /// <summary>The text from the heading of <paramref name="section"/> to the next section's heading.</summary>
    public static string Section(string output, string section)
    {
        var start = HeadingIndex(output, section, 0);
        Assert.True(start >= 0, $"section '{section}' not found in:\n{output}");
        var order = FactSheetRenderer.Sections;
        var next = order.IndexOf(section) + 1;
        var end = next < order.Count ? HeadingIndex(output, order[next], start) : -1;
        return end < 0 ? output[start..] : output[start..end];
    }

    /// <summary>Where the section's rule heading (<c>Title (n)</c> or <c>Article</c>) starts.</summary>
    private static int HeadingIndex(string output, string section, int from)
    {
        var marker = section == "Article" ? "\u2500 Article \u2500" : "\u2500 " + section + " (";
        return output.IndexOf(marker, from, StringComparison.Ordinal);
    }

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item) return i;
        }

        return -1;
    }

    public static string[] Lines(string output) => output.Split('\n');

    public static StringWriter Writer() => new() { NewLine = "\n" };
}
