using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>
/// What reaches a project that gets ArticleFacts only transitively: through a ProjectReference to a library that
/// references the package, or through the ArticleFacts.Data package.
/// </summary>
/// <remarks>
/// <para>
/// What flows, as of the .NET 10 SDK: the runtime model (compile and runtime assets) as NuGet documents; the build
/// files as <c>buildTransitive/</c>, which neither the default <c>PrivateAssets</c> of a PackageReference
/// (<c>contentfiles;analyzers;build</c>) nor ArticleFacts.Data's <c>exclude="Build,Analyzers"</c> names; and the
/// generator too, although both of those name analyzers: the SDK takes a package's analyzers from its file list,
/// not from the filtered asset groups (dotnet/sdk#968, NuGet/Home#6279).
/// </para>
/// <para>
/// So the package's targets remove the generator again from every project that does not reference ArticleFacts
/// itself (<c>ArticleFactsGenerate</c> overrides). Asserted here: such a project reads the facts it is given,
/// typed with the runtime model, and generates nothing of its own even when it holds a facts file. The programs
/// look their own generated classes up by name, so that they build either way, and print what they find.
/// </para>
/// </remarks>
[Collection(BuildCollection.Name)]
public sealed class TransitiveConsumerTests
{
    /// <summary>Prints the ids of the project's own generated articles (<c>NS.Articles.All</c>), or "none".</summary>
    private const string PrintOwnArticles = """
                var catalogue = typeof(Program).Assembly.GetType(typeof(Program).Namespace + ".Articles")?.GetProperty("All")?.GetValue(null)
                    as System.Collections.Generic.IEnumerable<ArticleFacts.FactSheet>;
                System.Console.WriteLine("own articles: " + (catalogue is null ? "none" : string.Join(",", System.Linq.Enumerable.Select(catalogue, s => s.Article.Id))));
        """;

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public TransitiveConsumerTests(PackageFeedFixture feed, ITestOutputHelper output)
    {
        _feed = feed.Feed;
        _output = output;
    }

    [Fact]
    public void App_referencing_a_library_uses_the_library_facts_and_generates_none_of_its_own()
    {
        using var root = ConsumerRoot.Create(_feed);

        // The library: a PackageReference, its own facts, and code over them.
        root.Write("Lib/Lib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFeed.RuntimePackageId}" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>

            """);
        root.Write("Lib/Facts/mini.facts.yaml", MiniArticle.ValidYaml);
        root.Write("Lib/Facts/mini.txt", MiniArticle.ArticleText);
        root.Write("Lib/Evidence.cs", """
            namespace Lib;

            public static class Evidence
            {
                public static ArticleFacts.Quote Ready => Mini.Quotes.QReady;
            }

            """);

        // The app: a ProjectReference to the library, and an article of its own (id "own").
        root.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>

            """);
        var ownYaml = root.Write("App/Facts/own.facts.yaml", MiniArticle.Replace(MiniArticle.ValidYaml, "  id: mini\n", "  id: own\n"));
        var ownText = root.Write("App/Facts/own.txt", MiniArticle.ArticleText);
        root.Write("App/Program.cs", $$"""
            namespace App;

            internal static class Program
            {
                private static void Main()
                {
                    // The library's facts, through its code and directly, typed with the runtime model.
                    ArticleFacts.Quote ready = Lib.Evidence.Ready;
                    System.Console.WriteLine(ready.Speaker.Name);
                    System.Console.WriteLine(Lib.Mini.Quotes.QReady.Text);
                    foreach (ArticleFacts.FactSheet sheet in Lib.Articles.All)
                    {
                        System.Console.WriteLine("library articles: " + sheet.Article.Id);
                    }

            {{PrintOwnArticles}}
                }
            }

            """);

        var app = Path.Combine(root.Path, "App");
        var build = root.Build(app, items: ["Analyzer", "AdditionalFiles"]);
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, $"The app and its library did not build:\n{build}");
        Assert.DoesNotContain(build.Diagnostics, d => d.Id.StartsWith("AF", StringComparison.Ordinal));

        // The buildTransitive files bring the app's own article in, but the generator is kept to direct references.
        AssertNoGenerator(build.Item("Analyzer"));
        AssertContainsPath(ownYaml, build.Item("AdditionalFiles"), app);
        AssertContainsPath(ownText, build.Item("AdditionalFiles"), app);

        var run = DotNetCli.Run(app, [Path.Combine(app, "bin", Repo.Configuration, "net10.0", "App.dll")]);
        _output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Alice Smith", "ready to go", "library articles: mini", "own articles: none"], PackageConsumerTests.Lines(run.Output));
    }

    [Fact]
    public void Consumer_of_ArticleFacts_Data_reads_the_seed_without_the_generator()
    {
        // ArticleFacts.Data depends on ArticleFacts with exclude="Build,Analyzers"; its README promises the facts
        // "without the generator". The consumer has an article of its own to show what it really gets.
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            Feed = _feed,
            PackageIds = [PackageFeed.DataPackageId],
            FactsFolder = PackageConsumerTests.FactsFolder,
            Program = $$"""
                namespace Consumer;

                internal static class Program
                {
                    private static void Main()
                    {
                        System.Console.WriteLine(ArticleFacts.Data.NkFmVisit.Quotes.QuoteKcna.Speaker.Name);
                        foreach (ArticleFacts.FactSheet sheet in ArticleFacts.Data.Articles.All)
                        {
                            System.Console.WriteLine("data articles: " + sheet.Article.Id);
                        }

                {{PrintOwnArticles}}
                    }
                }

                """,
        });
        var build = project.Build(items: ["Analyzer", "AdditionalFiles"]);
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, $"The consumer of ArticleFacts.Data did not build:\n{build}");

        // Restored as a dependency of ArticleFacts.Data, ArticleFacts brings its build files but not its generator.
        AssertNoGenerator(build.Item("Analyzer"));
        AssertContainsPath(project.YamlPath, build.Item("AdditionalFiles"), project.Directory);

        var run = project.Run();
        _output.WriteLine(run.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["Korean Central News Agency", "data articles: nk_fm_visit", "own articles: none"], PackageConsumerTests.Lines(run.Output));
    }

    private static void AssertNoGenerator(IReadOnlyList<string> analyzers) =>
        Assert.False(
            analyzers.Any(a => a.EndsWith("ArticleFacts.Generators.dll", StringComparison.Ordinal)),
            "Expected no ArticleFacts generator among:\n" + string.Join("\n", analyzers));

    private static void AssertContainsPath(string expected, IReadOnlyList<string> items, string projectDirectory)
    {
        var full = new List<string>();
        foreach (var item in items)
        {
            full.Add(Path.GetFullPath(item, projectDirectory));
        }

        Assert.True(full.Contains(expected), $"Expected {expected} among:\n" + string.Join("\n", full));
    }
}
