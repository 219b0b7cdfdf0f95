using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using ArticleFacts.Cli.Init;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Commands;

/// <summary><c>init ARTICLE.txt</c>: scaffolds ARTICLE.facts.yaml for a curator to complete.</summary>
internal static class InitCommand
{
    /// <summary>The schema file the modeline names when it is found in a folder above the facts file.</summary>
    public const string SchemaFile = "schema/articlefacts-1.schema.json";


    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("ARTICLE") { Description = "The article text (NAME.txt, UTF-8)." };
        var published = new Option<string?>("--published", "-p") { Description = "The publication date, YYYY-MM-DD (default: today's date in UTC, marked TODO).", HelpName = "DATE" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the facts file (default: NAME.facts.yaml beside the text); - for standard output.", HelpName = "PATH" };
        var force = new Option<bool>("--force") { Description = "Overwrite the facts file when it exists." };
        var command = new Command("init", "Scaffold a facts file for an article: article block, body end, publisher, candidate entities, events, claims, quote stubs, quantities and dates, every anchor unique.");
        command.Arguments.Add(article);
        command.Options.Add(published);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parsed => Execute(context, parsed.GetValue(article)!, parsed.GetValue(published), parsed.GetValue(output), parsed.GetValue(force)));
        return command;
    }

    private static int Execute(CliContext context, string textPath, string? publishedText, string? outputPath, bool force)
    {
        if (!File.Exists(textPath))
        {
            return context.Fail($"'{textPath}' does not exist: give the article text (NAME.txt)");
        }

        var guessed = publishedText is null;
        DateOnly published;
        if (guessed)
        {
            published = DateOnly.FromDateTime(context.Environment.Clock.GetUtcNow().UtcDateTime);
        }
        else if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out published))
        {
            return context.Fail($"--published '{publishedText}' is not a date of the form YYYY-MM-DD");
        }

        var stem = Path.GetFileNameWithoutExtension(textPath);
        var toStdout = outputPath == "-";
        var target = Path.GetFullPath(toStdout ? Path.ChangeExtension(textPath, null) + FactsText.FactsSuffix : outputPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(textPath))!, stem + FactsText.FactsSuffix));
        if (!toStdout && File.Exists(target) && !force)
        {
            return context.Fail($"'{target}' exists: use --force to overwrite it, or --output to write elsewhere");
        }

        var input = new ScaffoldInput(
            File.ReadAllText(textPath),
            Path.GetFileName(textPath),
            Scaffolder.ArticleId(stem),
            published,
            guessed,
            SiblingText(target) == Path.GetFullPath(textPath) ? null : Path.GetRelativePath(Path.GetDirectoryName(target)!, Path.GetFullPath(textPath)).Replace('\\', '/'),
            SchemaReference(Path.GetDirectoryName(target)!));
        context.WriteOutput(toStdout ? null : target, Scaffolder.Write(input));
        if (!toStdout)
        {
            context.Stdout.WriteLine($"Wrote {target}: fill in the TODOs, check the guesses, then run '{CliApp.CommandName} check {target}'.");
        }

        return 0;
    }

    /// <summary>
    /// The path of the schema relative to <paramref name="folder"/> when a folder above holds it (a clone of this
    /// repository, a project that copied it), else the copy installed with this tool (an absolute path: the project
    /// has no web address to name).
    /// </summary>
    public static string SchemaReference(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SchemaFile)))
            {
                return Path.GetRelativePath(folder, Path.Combine(dir.FullName, SchemaFile)).Replace('\\', '/');
            }
        }

        return Path.Combine(AppContext.BaseDirectory, SchemaFile).Replace('\\', '/');
    }

    private static string SiblingText(string factsPath) => FactsText.SiblingText(factsPath);
}
