using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// README.md, "Trimming and NativeAOT", and the library setup of "Naming, visibility and lookups", with the real
/// package: a console app published with <c>PublishAot=true</c> (one publish per test run) that keeps its facts
/// internal, names its catalogue (its <c>Articles/</c> folder is a namespace of its own), declares one article's
/// class with <c>[FactsFrom]</c>, and uses the lookups. It must publish without a trim or AOT warning, and the
/// native executable must print its facts.
/// </summary>
[Collection(BuildCollection.Name)]
public sealed partial class NativeAotConsumerTests
{
    private const string Program = """
        using System.Linq;
        using ArticleFacts;

        namespace Consumer;

        internal static class Program
        {
            private static void Main()
            {
                FactSheet visit = News.Visit.Facts;
                System.Console.WriteLine("quote: " + News.Visit.Quotes.QReady.Speaker.Name + ": " + News.Visit.Quotes.QReady.Text);
                System.Console.WriteLine("find: " + visit.Find<Claim>("c_ready")?.Statement);
                System.Console.WriteLine("claims from alice: " + string.Join(",", visit.ClaimsFrom(News.Visit.Entities.Alice).Select(c => c.Id)));
                System.Console.WriteLine("events with acme: " + string.Join(",", visit.EventsWith(News.Visit.Entities.Acme).Select(e => e.Id)));
                System.Console.WriteLine("catalogue: " + string.Join(",", Catalogue.All.Select(s => s.Article.Id)));
                System.Console.WriteLine("second: " + Catalogue.Find("second")?.Quotes[0].Text);
                System.Console.WriteLine("folder: " + Articles.Notes.Folder);
            }
        }

        """;

    /// <summary>The user's own code in the <c>Articles/</c> folder, in the namespace the folder gives it.</summary>
    private const string Notes = """
        namespace Consumer.Articles;

        internal static class Notes
        {
            public const string Folder = "Articles";
        }

        """;

    private const string Declaration = """
        namespace Consumer.News;

        [ArticleFacts.FactsFrom("Articles/mini.facts.yaml")]
        internal static partial class Visit;

        """;

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public NativeAotConsumerTests(PackageFeedFixture feed, ITestOutputHelper output)
    {
        _feed = feed.Feed;
        _output = output;
    }

    [Fact]
    public void An_app_published_with_NativeAOT_has_no_trim_or_AOT_warning_and_prints_its_facts()
    {
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            Feed = _feed,
            FactsFolder = "Articles",
            Program = Program,
            TreatWarningsAsErrors = true,
            ExtraProperties = """
                <PublishAot>true</PublishAot>
                <ArticleFactsVisibility>internal</ArticleFactsVisibility>
                <ArticleFactsCatalogue>Catalogue</ArticleFactsCatalogue>
                """,
        });
        project.Root.Write(Path.Combine(ConsumerProject.Name, "Articles", "Notes.cs"), Notes);
        project.Root.Write(Path.Combine(ConsumerProject.Name, "News.cs"), Declaration);
        project.Root.Write(Path.Combine(ConsumerProject.Name, "Articles", "second.facts.yaml"), MiniArticle.ValidYaml.Replace("id: mini\n", "id: second\n", StringComparison.Ordinal));
        project.Root.Write(Path.Combine(ConsumerProject.Name, "Articles", "second.txt"), MiniArticle.ArticleText);

        var publish = project.Root.Publish(project.Directory, "linux-x64");
        _output.WriteLine(publish.Output);
        Assert.True(publish.Succeeded, "dotnet publish failed:\n" + publish);
        Assert.Empty(publish.WarningLines);
        Assert.Empty(TrimOrAotWarning().Matches(publish.Output).Select(m => m.Value));

        var executable = Path.Combine(project.Directory, "bin", Repo.Configuration, "net10.0", "linux-x64", "publish", ConsumerProject.Name);
        Assert.True(File.Exists(executable), $"No native executable {executable}");
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(executable)!, "ArticleFacts.dll")), "The runtime model should be compiled in, not beside the executable");

        var lines = RunNative(executable);
        Assert.Equal(
            new[]
            {
                "quote: Alice Smith: ready to go",
                "find: The plan is ready.",
                "claims from alice: c_ready",
                "events with acme: ev_shipment",
                "catalogue: mini,second",
                "second: ready to go",
                "folder: Articles",
            },
            lines);
    }

    private static IReadOnlyList<string> RunNative(string executable)
    {
        using var process = Process.Start(new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "The native executable did not exit");
        Assert.True(process.ExitCode == 0, $"Exit code {process.ExitCode}:\n{output}\n{error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>IL2xxx (trimming) and IL3xxx (AOT, single file) warnings, however the logger prints them.</summary>
    [GeneratedRegex(@"\b(warning|error) IL[23]\d{3}\b")]
    private static partial Regex TrimOrAotWarning();
}
