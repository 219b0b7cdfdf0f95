using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleFacts.TestSupport;

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>What to put in a consumer project. The defaults are the valid mini article, used from Program.cs.</summary>
internal sealed record ConsumerOptions
{
    /// <summary>Prints the speaker of the article's quote, from the generated facts.</summary>
    public const string ProgramUsingFacts = """
        namespace Consumer;

        internal static class Program
        {
            private static void Main()
            {
                System.Console.WriteLine(Mini.Quotes.QReady.Speaker.Name);
                System.Console.WriteLine(Mini.Article.Id);
            }
        }

        """;

    /// <summary>Does not touch the generated facts: a build failure is then the generator's alone.</summary>
    public const string ProgramIgnoringFacts = """
        namespace Consumer;

        internal static class Program
        {
            private static void Main()
            {
                System.Console.WriteLine(nameof(Program));
            }
        }

        """;

    /// <summary>The facts file's content; none: the project has no article at all.</summary>
    public string? Yaml { get; init; } = MiniArticle.ValidYaml;

    public string Text { get; init; } = MiniArticle.ArticleText;

    /// <summary>The project folder that holds the article and its facts.</summary>
    public string FactsFolder { get; init; } = "facts";

    /// <summary>The article's file stem: <c>FactsFolder/ArticleName.facts.yaml</c> and <c>.txt</c>.</summary>
    public string ArticleName { get; init; } = "mini";

    public string Program { get; init; } = ProgramUsingFacts;

    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>More properties, as MSBuild XML, for the consumer's PropertyGroup.</summary>
    public string ExtraProperties { get; init; } = "";

    /// <summary>The content of a <c>.globalconfig</c> beside the project file, or none.</summary>
    public string? GlobalConfig { get; init; }

    /// <summary>
    /// None: the consumer references the repo's projects (<see cref="ConsumerProject"/>). Else it references packages
    /// of this feed, with a PackageReference and nothing else, as README.md tells users to.
    /// </summary>
    public PackageFeed? Feed { get; init; }

    /// <summary>The packages referenced from <see cref="Feed"/>.</summary>
    public IReadOnlyList<string> PackageIds { get; init; } = [PackageFeed.RuntimePackageId];
}

/// <summary>A diagnostic as MSBuild's console logger prints it: <c>FILE(LINE,COL): SEVERITY ID: MESSAGE [PROJECT]</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>The outcome of <c>dotnet build</c> on a consumer.</summary>
internal sealed partial record BuildResult(ProcessResult Process)
{
    /// <summary>
    /// The items asked for with <c>-getItem</c>, as they were after the build: item type to each item's full path
    /// (its identity when it has none).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Items { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public bool Succeeded => Process.ExitCode == 0;

    public string Output => Process.Output;

    /// <summary>Every distinct diagnostic in the output (the logger repeats them in its summary).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics =>
        Output.Split('\n')
            .Select(line => DiagnosticLine().Match(line.TrimEnd('\r')))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();

    /// <summary>Warnings of any kind, located or not (<c>MSBUILD : warning ...</c>, <c>CSC : warning ...</c>).</summary>
    public IReadOnlyList<string> WarningLines =>
        Output.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => AnyWarning().IsMatch(line)).Distinct().ToList();

    /// <summary>The items of one type, or a failed assertion when MSBuild did not report them.</summary>
    public IReadOnlyList<string> Item(string itemType) =>
        Items.TryGetValue(itemType, out var items) ? items : throw new Xunit.Sdk.XunitException($"The build reported no {itemType} items:\n{this}");

    public static BuildResult From(ProcessResult process, string? resultFile)
    {
        var result = new BuildResult(process);
        if (resultFile is null || !File.Exists(resultFile))
        {
            return result;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
        var items = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (json.RootElement.TryGetProperty("Items", out var itemTypes))
        {
            foreach (var itemType in itemTypes.EnumerateObject())
            {
                items[itemType.Name] = itemType.Value.EnumerateArray()
                    .Select(item => (item.TryGetProperty("FullPath", out var full) ? full : item.GetProperty("Identity")).GetString()!)
                    .ToList();
            }
        }

        return result with { Items = items };
    }

    public override string ToString() => Process.ToString();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<severity>warning|error) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@":\s*warning\s+[A-Za-z]*\d+\s*:")]
    private static partial Regex AnyWarning();
}

/// <summary>
/// A throwaway console project named <c>Consumer</c> in a fresh <see cref="ConsumerRoot"/>, outside the repo, with an
/// article and its facts (<see cref="ConsumerOptions"/>). It uses ArticleFacts in one of the two ways README.md
/// describes: by default as this repo does, with the build props and targets imported by hand, a ProjectReference to
/// the runtime model and one to the generator as an analyzer; with <see cref="ConsumerOptions.Feed"/>, as a user
/// does, with a PackageReference and no other MSBuild.
/// </summary>
/// <remarks>
/// <para>
/// How a consumer of the repo's projects finds the generator, and why that is safe while the rest of the solution
/// builds or tests: the consumer is built with <c>-c &lt;the test assembly's configuration&gt;</c> and
/// <c>-p:BuildProjectReferences=false</c>. MSBuild then only asks the two referenced projects for their outputs
/// (GetTargetPath, which for the generator includes YamlDotNet via its GetDependencyTargetPaths target) in
/// <c>src/*/bin/&lt;configuration&gt;</c>, and never builds them. Those outputs exist: this test project
/// references both projects (with <c>ReferenceOutputAssembly="false"</c>), so any build of this project, and the
/// CI sequence <c>dotnet build Generators.sln -c Release ...</c> then <c>dotnet test -c Release --no-build</c>,
/// builds them first, in the same configuration. Building them again from here could race a concurrent solution
/// build over their obj/ files (<c>dotnet test Generators.sln</c> tests one project while building another) and
/// would evaluate them with other global properties.
/// </para>
/// <para>
/// For the same reason restore is not recursive (<c>-p:RestoreRecursive=false</c>): it writes only the consumer's
/// own obj/project.assets.json and leaves the repo's obj/ directories alone. Node reuse and the shared compiler
/// server are off, so no process outlives the build holding the output pipes, and no long-lived compiler keeps an
/// older build of the generator loaded.
/// </para>
/// <para>
/// A consumer of packages needs none of that: it restores them from the feed into its root's own packages folder.
/// </para>
/// </remarks>
internal sealed class ConsumerProject : IDisposable
{
    public const string Name = "Consumer";

    private ConsumerProject(ConsumerRoot root, ConsumerOptions options)
    {
        Root = root;
        Options = options;
        Directory = Path.Combine(root.Path, Name);
    }

    public ConsumerRoot Root { get; }

    public ConsumerOptions Options { get; }

    /// <summary>The project directory.</summary>
    public string Directory { get; }

    public string YamlPath => Path.Combine(Directory, YamlRelativePath);

    /// <summary>The YAML file's path relative to the project directory, as the end of the path in build output.</summary>
    public string YamlRelativePath => Path.Combine(Options.FactsFolder, Options.ArticleName + ".facts.yaml");

    public string TextPath => Path.Combine(Directory, Options.FactsFolder, Options.ArticleName + ".txt");

    public string OutputAssembly => Path.Combine(Directory, "bin", Repo.Configuration, "net10.0", Name + ".dll");

    /// <summary>The mini article's generated source, written when the project sets EmitCompilerGeneratedFiles (a consumer of the repo's projects does).</summary>
    public string GeneratedFactsFile => Path.Combine(Directory, "obj", Repo.Configuration, "net10.0", "generated",
        "ArticleFacts.Generators", "ArticleFacts.Generators.FactsGenerator", "Mini.g.cs");

    public static ConsumerProject Create(ConsumerOptions? options = null)
    {
        options ??= new ConsumerOptions();
        var root = ConsumerRoot.Create(options.Feed);
        var project = new ConsumerProject(root, options);

        root.Write(Path.Combine(Name, Name + ".csproj"), options.Feed is null ? ProjectFile(options) : PackageProjectFile(options, options.Feed));
        root.Write(Path.Combine(Name, "Program.cs"), options.Program);
        if (options.Yaml is not null)
        {
            root.Write(Path.Combine(Name, project.YamlRelativePath), options.Yaml);
            root.Write(Path.Combine(Name, options.FactsFolder, options.ArticleName + ".txt"), options.Text);
        }

        if (options.GlobalConfig is not null)
        {
            root.Write(Path.Combine(Name, ".globalconfig"), options.GlobalConfig);
        }

        return project;
    }

    public BuildResult Build() => Build(items: null);

    /// <param name="items">Item types to report as they are after the build (<see cref="BuildResult.Items"/>).</param>
    public BuildResult Build(IReadOnlyList<string>? items)
    {
        if (Options.Feed is not null)
        {
            return Root.Build(Directory, items: items);
        }

        var missing = Repo.RequiredOutputs.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The consumer builds against the {Repo.Configuration} outputs of the repo's projects, which are missing: "
                + string.Join(", ", missing) + $". Build the solution (or this test project) in {Repo.Configuration} first.");
        }

        return Root.Build(Directory, ["-p:BuildProjectReferences=false", "-p:RestoreRecursive=false"], items);
    }

    /// <summary>Runs the built consumer.</summary>
    public ProcessResult Run() => DotNetCli.Run(Directory, [OutputAssembly]);

    public void Dispose() => Root.Dispose();

    private static string ProjectFile(ConsumerOptions options)
    {
        static string Path(string path) => SecurityElement.Escape(path);

        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path(Repo.GeneratorProps)}" />

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>{Name}</RootNamespace>
                <TreatWarningsAsErrors>{(options.TreatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                {options.ExtraProperties}
              </PropertyGroup>

              <ItemGroup>
                <ProjectReference Include="{Path(Repo.RuntimeProject)}" />
                <ProjectReference Include="{Path(Repo.GeneratorProject)}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>

              <Import Project="{Path(Repo.GeneratorTargets)}" />
            </Project>

            """;
    }

    /// <summary>A plain console project (its RootNamespace is its name) whose only ArticleFacts MSBuild is the PackageReference.</summary>
    private static string PackageProjectFile(ConsumerOptions options, PackageFeed feed)
    {
        var references = string.Join("\n", options.PackageIds.Select(id => $"""    <PackageReference Include="{id}" Version="{feed.Version}" />"""));
        var treatWarningsAsErrors = options.TreatWarningsAsErrors ? "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>" : "";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {treatWarningsAsErrors}
                {options.ExtraProperties}
              </PropertyGroup>

              <ItemGroup>
            {references}
              </ItemGroup>
            </Project>

            """;
    }
}
