using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleFacts.IntegrationTests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;
using Seed = ArticleFacts.Data.NkFmVisit;

namespace ArticleFacts.IntelliSenseTests;

/// <summary>
/// The seed article in a consumer of the packed ArticleFacts package: packed, restored and built with the real
/// <c>dotnet</c> once, then opened with MSBuildWorkspace. Built first: the workspace's design-time build does not
/// restore, and without project.assets.json the project has no package, hence no generator and no generated code.
/// </summary>
public sealed class SeedConsumerFixture : IAsyncLifetime
{
    /// <summary>The line of Program.cs before which the tests type.</summary>
    public const string StatementLine = "        System.Console.WriteLine(NkFmVisit.Article.Id);\n";

    private PackageFeed? _feed;
    private ConsumerProject? _project;
    private ConsumerWorkspace? _workspace;

    internal ConsumerProject Consumer => _project ?? throw new InvalidOperationException("Not initialized");

    internal ConsumerWorkspace Workspace => _workspace ?? throw new InvalidOperationException("Not initialized");

    /// <summary>What each step took and printed, for the test output.</summary>
    internal List<string> Log { get; } = [];

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        _feed = PackageFeed.Create();
        Log.Add($"packed {_feed.Version} in {stopwatch.Elapsed.TotalSeconds:0.0} s");

        _project = ConsumerProject.Create(new ConsumerOptions
        {
            Feed = _feed,
            FactsFolder = "Articles",
            ArticleName = "nk_fm_visit",
            Yaml = File.ReadAllText(Path.Combine(Repo.Root, "data", "nk_fm_visit.facts.yaml")),
            Text = File.ReadAllText(Path.Combine(Repo.Root, "data", "nk_fm_visit.txt")),
            Program = $$"""
                namespace Consumer;

                internal static class Program
                {
                    private static void Main()
                    {
                {{StatementLine}}    }
                }

                """,
        });

        stopwatch.Restart();
        var build = _project.Build();
        Log.Add(build.ToString());
        if (!build.Succeeded)
        {
            throw new InvalidOperationException($"The consumer did not build:\n{build}");
        }

        stopwatch.Restart();
        _workspace = await ConsumerWorkspace.OpenAsync(_project);
        Log.Add($"opened the workspace ({MSBuildRegistration.Registered}) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    public Task DisposeAsync()
    {
        _workspace?.Dispose();
        _project?.Dispose();
        _feed?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// IntelliSense over the facts, computed by Roslyn's own completion and quick info services on the workspace an IDE
/// would have (README.md: "Hovering a fact in the IDE shows its evidence"). The expectations come from the seed's
/// compiled facts (ArticleFacts.Data); the names are the ids in PascalCase.
/// </summary>
public sealed class CompletionTests : IClassFixture<SeedConsumerFixture>
{
    private readonly SeedConsumerFixture _fixture;
    private readonly ITestOutputHelper _output;

    public CompletionTests(SeedConsumerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        foreach (var entry in fixture.Log)
        {
            output.WriteLine(entry);
        }
    }

    private Project Project => _fixture.Workspace.Project;

    [Fact]
    public async Task Workspace_opens_the_built_consumer_and_runs_the_generator_from_the_package()
    {
        foreach (var failure in _fixture.Workspace.Failures)
        {
            _output.WriteLine($"workspace: {failure.Kind}: {failure.Message}");
        }

        Assert.DoesNotContain(_fixture.Workspace.Failures, d => d.Kind == WorkspaceDiagnosticKind.Failure);

        var generator = Assert.Single(Project.AnalyzerReferences, r => Path.GetFileName(r.FullPath) == "ArticleFacts.Generators.dll");
        Assert.StartsWith(_fixture.Consumer.Root.PackagesFolder + Path.DirectorySeparatorChar, generator.FullPath, StringComparison.Ordinal);

        var generated = (await Project.GetSourceGeneratedDocumentsAsync()).Select(d => d.HintName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Articles.g.cs", "NkFmVisit.g.cs"], generated);

        var compilation = await Project.GetCompilationAsync();
        Assert.NotNull(compilation);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The consumer does not compile in the workspace:\n" + string.Join("\n", errors));
    }

    [Fact]
    public Task Completion_after_Quotes_offers_every_quote_described_by_its_text_and_speaker() => AssertQuotesOfferedAsync(Project);

    /// <summary>Completion after <c>NkFmVisit.Quotes.</c> in <paramref name="project"/> offers every quote of the seed, described by its words and speaker.</summary>
    private async Task AssertQuotesOfferedAsync(Project project)
    {
        var (document, position) = await TypeAsync("NkFmVisit.Quotes.", project);
        var items = await CompleteAsync(document, position);

        Assert.NotEmpty(Seed.Quotes.All);
        foreach (var quote in Seed.Quotes.All)
        {
            var description = await DescribeAsync(document, items, PascalCase(quote.Id));
            Assert.Contains(quote.Text, description, StringComparison.Ordinal);
            Assert.Contains(quote.Speaker.Name, description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Completion_after_Entities_offers_every_entity_described_by_its_name()
    {
        var (document, position) = await TypeAsync("NkFmVisit.Entities.");
        var items = await CompleteAsync(document, position);

        Assert.NotEmpty(Seed.Entities.All);
        foreach (var entity in Seed.Entities.All)
        {
            var description = await DescribeAsync(document, items, PascalCase(entity.Id));
            Assert.Contains(entity.Name, description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Hover_over_the_KCNA_quote_shows_speaker_words_place_and_definition_in_paragraphs()
    {
        // Written from the article: the Korean Central News Agency "said" the statement that opens line 4 after its
        // quotation mark; the facts file defines quote_kcna in the consumer's Articles folder.
        var text = await HoverAsync("NkFmVisit.Quotes.QuoteKcna");
        var line = DefinitionLine("quote_kcna");
        Assert.Equal(
            "Korean Central News Agency (direct quote): \u201CChoe Son Hui, Minister of Foreign Affairs of the Democratic People's Republic of Korea, "
            + "will pay an official visit to the Russian Federation from January 15 to 17 at the invitation of its Foreign Minister Sergei Lavrov\u201D\n\n"
            + "Line 4, column 2; cue \u201Csaid\u201D.\n\n"
            + $"Defined in Articles/nk_fm_visit.facts.yaml, line {line}.",
            Documentation(text));
    }

    [Fact]
    public async Task Hover_over_the_White_House_missiles_claim_shows_stance_source_evidence_and_roles()
    {
        // Written from the article's fifth line: "the White House accused the North of sending both ballistic missiles
        // and launchers to Russia": an accusation (alleged), North Korea the subject, Russia the object.
        var text = await HoverAsync("NkFmVisit.Claims.CWhMissiles");
        var line = DefinitionLine("c_wh_missiles");
        Assert.Equal(
            "alleged by White House: North Korea sent ballistic missiles and launchers to Russia.\n\n"
            + "Evidence: \u201Cthe White House accused the North of sending both ballistic missiles and launchers to Russia\u201D (line 5, column 21); cue \u201Caccused\u201D.\n\n"
            + "Subject North Korea; predicate sent_ballistic_missiles_and_launchers_to; object Russia.\n\n"
            + $"Defined in Articles/nk_fm_visit.facts.yaml, line {line}.",
            Documentation(text));
    }

    /// <summary>The quick info at the end of <paramref name="member"/>, typed into Main: its sections, one a line.</summary>
    private async Task<QuickInfoItem> HoverAsync(string member)
    {
        var (document, position) = await TypeAsync($"_ = {member};");
        var service = QuickInfoService.GetService(document);
        Assert.NotNull(service);
        var info = await service.GetQuickInfoAsync(document, position - 2);
        Assert.NotNull(info);
        foreach (var section in info.Sections)
        {
            _output.WriteLine($"[{section.Kind}] {section.Text}");
        }

        return info;
    }

    [Fact]
    public async Task With_a_syntax_error_in_the_last_line_of_the_facts_completion_after_Quotes_still_offers_every_quote()
    {
        // Half typed: the last date of the file gets a modifier whose quote is not closed yet.
        var facts = Assert.Single(Project.AdditionalDocuments, d => d.Name == "nk_fm_visit.facts.yaml");
        var yaml = (await facts.GetTextAsync()).ToString();
        Assert.EndsWith("    rule: month_of_last_year\n", yaml, StringComparison.Ordinal);
        var broken = Project.Solution.WithAdditionalDocumentText(facts.Id, SourceText.From(yaml + "    mod: \"appro\n")).GetProject(Project.Id)!;

        // The date the error cut off is withheld for it; the quotes, complete before it, are all there.
        var generated = Assert.Single(await broken.GetSourceGeneratedDocumentsAsync(), d => d.HintName == "NkFmVisit.g.cs");
        var source = (await generated.GetTextAsync()).ToString();
        Assert.Contains("[global::System.Obsolete(\"AF0001 at ", source, StringComparison.Ordinal);
        Assert.Contains(" TOctoberLastYear => throw ", source, StringComparison.Ordinal);

        await AssertQuotesOfferedAsync(broken);
    }

    [Fact]
    public async Task In_the_IDE_a_misquoted_quote_is_one_error_at_its_use_and_the_code_around_it_compiles()
    {
        // The curator misquotes the White House: the article says "significant and concerning escalation".
        var facts = Assert.Single(Project.AdditionalDocuments, d => d.Name == "nk_fm_visit.facts.yaml");
        var yaml = (await facts.GetTextAsync()).ToString();
        const string Quoted = "    text: significant and concerning escalation\n";
        Assert.Contains(Quoted, yaml, StringComparison.Ordinal);
        var misquoted = yaml.Replace(Quoted, "    text: significant and worrying escalation\n", StringComparison.Ordinal);
        var broken = Project.Solution.WithAdditionalDocumentText(facts.Id, SourceText.From(misquoted)).GetProject(Project.Id)!;

        // Program.cs reads a valid quote, the misquoted one, and the article: only the misquoted use is an error.
        var (document, _) = await TypeAsync("_ = NkFmVisit.Quotes.QuoteKcna.Speaker.Name + NkFmVisit.Quotes.QuoteWhEscalation.Text;", broken);
        var compilation = await document.Project.GetCompilationAsync();
        Assert.NotNull(compilation);
        var tree = await document.GetSyntaxTreeAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree).ToList();
        var error = Assert.Single(errors);
        Assert.Equal("CS0619", error.Id);
        var message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("QuoteWhEscalation", message, StringComparison.Ordinal);
        Assert.Contains("AF1001 at ", message, StringComparison.Ordinal);
        Assert.Contains("nk_fm_visit.facts.yaml(", message, StringComparison.Ordinal);
        var used = (await document.GetTextAsync()).ToString().IndexOf("NkFmVisit.Quotes.QuoteWhEscalation", StringComparison.Ordinal);
        Assert.InRange(error.Location.SourceSpan.Start, used, used + "NkFmVisit.Quotes.QuoteWhEscalation".Length);

        // The YAML file itself shows AF1001 at the misquote: the analyzers the project references, asked for that file
        // alone, as the IDE asks while the file is open.
        var analyzers = document.Project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        Assert.Contains(analyzers, a => a.GetType().FullName == "ArticleFacts.Generators.FactsAnalyzer");
        var yamlFile = Assert.Single(document.Project.AnalyzerOptions.AdditionalFiles, f => f.Path.EndsWith("nk_fm_visit.facts.yaml", StringComparison.Ordinal));
        var result = await compilation.WithAnalyzers(analyzers, document.Project.AnalyzerOptions).GetAnalysisResultAsync(yamlFile, CancellationToken.None);
        var inYaml = result.GetAllDiagnostics().Where(d => d.Id.StartsWith("AF", StringComparison.Ordinal)).ToList();
        var af = Assert.Single(inYaml);
        Assert.Equal("AF1001", af.Id);
        var misquoteLine = misquoted[..misquoted.IndexOf("significant and worrying", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.Equal((yamlFile.Path, misquoteLine), (af.Location.GetLineSpan().Path, af.Location.GetLineSpan().StartLinePosition.Line));
    }

    /// <summary>The documentation section of a quick info, with '\n' line ends.</summary>
    private static string Documentation(QuickInfoItem info) =>
        Assert.Single(info.Sections, s => s.Kind == QuickInfoSectionKinds.DocumentationComments).Text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The 1-based line of <c>  id:</c> in the seed's facts file: where a hover says the fact is defined.</summary>
    private static int DefinitionLine(string id) =>
        Array.IndexOf(File.ReadAllLines(Path.Combine(Repo.Root, "data", "nk_fm_visit.facts.yaml")), $"  {id}:") + 1;

    /// <summary>An id as the generator names its member: <c>quote_kcna</c> is <c>QuoteKcna</c>.</summary>
    private static string PascalCase(string id) =>
        string.Concat(id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>Program.cs with <paramref name="typed"/> on a new line of Main, and the position at its end.</summary>
    private async Task<(Document Document, int Position)> TypeAsync(string typed, Project? project = null)
    {
        var document = Assert.Single((project ?? Project).Documents, d => d.Name == "Program.cs");
        var source = (await document.GetTextAsync()).ToString();
        var at = source.IndexOf(SeedConsumerFixture.StatementLine, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No '{SeedConsumerFixture.StatementLine.Trim()}' in:\n{source}");

        var line = "        " + typed;
        var edited = document.WithText(SourceText.From(source.Insert(at, line + "\n")));
        return (edited, at + line.Length);
    }

    private async Task<IReadOnlyList<CompletionItem>> CompleteAsync(Document document, int position)
    {
        var service = CompletionService.GetService(document);
        Assert.NotNull(service);
        var completions = await service.GetCompletionsAsync(document, position);
        var items = completions.ItemsList;
        _output.WriteLine("offered: " + string.Join(", ", items.Select(item => item.DisplayText)));
        return items;
    }

    private async Task<string> DescribeAsync(Document document, IReadOnlyList<CompletionItem> items, string member)
    {
        var item = items.FirstOrDefault(i => i.DisplayText == member);
        Assert.True(item is not null, $"'{member}' is not offered; offered: " + string.Join(", ", items.Select(i => i.DisplayText)));

        var description = await CompletionService.GetService(document)!.GetDescriptionAsync(document, item);
        Assert.NotNull(description);
        _output.WriteLine($"{member}: {description.Text}");
        return description.Text;
    }
}
