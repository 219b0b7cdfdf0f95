using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Spectre.Console;

namespace ArticleFacts.Cli.Check;

/// <summary>
/// Progress of a long check on standard error: a live status line on a terminal, else a plain
/// <c>checked N/M files</c> line every <see cref="PlainEvery"/> files, so logs stay short.
/// </summary>
internal static class CheckProgress
{
    public const int PlainEvery = 50;

    /// <summary>Runs <paramref name="check"/>, which reports each file it starts through the given callback.</summary>
    public static T Run<T>(IReadOnlyList<string> files, IAnsiConsole? terminal, TextWriter stderr, Func<Action<int, string>, T> check)
    {
        if (terminal is not null && files.Count > 1)
        {
            return terminal.Status().Start("Checking facts files", status =>
                check((i, path) => status.Status(string.Create(CultureInfo.InvariantCulture, $"Checking {Markup.Escape(path)} ({i + 1}/{files.Count})"))));
        }

        return check((i, _) =>
        {
            if (i > 0 && i % PlainEvery == 0)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {i}/{files.Count} files"));
            }
        });
    }
}
