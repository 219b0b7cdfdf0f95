using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

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

    public string Yaml { get; init; } = MiniArticle.ValidYaml;

    public string Text { get; init; } = MiniArticle.ArticleText;

    public string Program { get; init; } = ProgramUsingFacts;

    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>More properties, as MSBuild XML, for the consumer's PropertyGroup.</summary>
    public string ExtraProperties { get; init; } = "";

    /// <summary>The content of a <c>.globalconfig</c> beside the project file, or none.</summary>
    public string? GlobalConfig { get; init; }
}

/// <summary>A diagnostic as MSBuild's console logger prints it: <c>FILE(LINE,COL): SEVERITY ID: MESSAGE [PROJECT]</c>.</summary>
internal sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>The outcome of <c>dotnet build</c> on a consumer.</summary>
internal sealed partial record BuildResult(ProcessResult Process)
{
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

    public override string ToString() => Process.ToString();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<severity>warning|error) (?<id>[A-Za-z]+\d+): (?<message>.*?)(?: \[[^\]]*\])?$")]
    private static partial Regex DiagnosticLine();

    [GeneratedRegex(@":\s*warning\s+[A-Za-z]*\d+\s*:")]
    private static partial Regex AnyWarning();
}

/// <summary>
/// A throwaway consumer project in a fresh directory under the system temp directory, outside the repo, that uses
/// the generator the way README.md tells users to: the build props and targets imported by hand, a ProjectReference
/// to the runtime model and one to the generator as an analyzer.
/// </summary>
/// <remarks>
/// <para>
/// How the consumer finds the generator, and why that is safe while the rest of the solution builds or tests:
/// the consumer is built with <c>-c &lt;the test assembly's configuration&gt;</c> and
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
/// The temp root gets empty Directory.Build.props/.targets and Directory.Packages.props and a root .editorconfig,
/// so that MSBuild's and the compiler's upward searches stop there. Set <c>ARTICLEFACTS_IT_KEEP=1</c> to keep the
/// directories for inspection.
/// </para>
/// </remarks>
internal sealed class ConsumerProject : IDisposable
{
    public const string Name = "Consumer";

    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "articlefacts-it");

    private readonly string _root;

    private ConsumerProject(string root, ConsumerOptions options)
    {
        _root = root;
        Options = options;
        Directory = Path.Combine(root, Name);
    }

    public ConsumerOptions Options { get; }

    /// <summary>The project directory.</summary>
    public string Directory { get; }

    public string YamlPath => Path.Combine(Directory, "facts", "mini.facts.yaml");

    /// <summary>The YAML file's path relative to the project directory, as the end of the path in build output.</summary>
    public static string YamlRelativePath => Path.Combine("facts", "mini.facts.yaml");

    public string OutputAssembly => Path.Combine(Directory, "bin", Repo.Configuration, "net10.0", Name + ".dll");

    public string GeneratedFactsFile => Path.Combine(Directory, "obj", Repo.Configuration, "net10.0", "generated",
        "ArticleFacts.Generators", "ArticleFacts.Generators.FactsGenerator", "Mini.g.cs");

    public static ConsumerProject Create(ConsumerOptions? options = null)
    {
        options ??= new ConsumerOptions();
        var root = Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
        var project = new ConsumerProject(root, options);
        System.IO.Directory.CreateDirectory(Path.Combine(project.Directory, "facts"));

        // Stop MSBuild's upward search for these files (and the compiler's for .editorconfig) at the temp root.
        Write(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        Write(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        Write(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        Write(Path.Combine(root, ".editorconfig"), "root = true\n");

        Write(Path.Combine(project.Directory, Name + ".csproj"), ProjectFile(options));
        Write(Path.Combine(project.Directory, "Program.cs"), options.Program);
        Write(project.YamlPath, options.Yaml);
        Write(Path.Combine(project.Directory, "facts", "mini.txt"), options.Text);
        if (options.GlobalConfig is not null)
        {
            Write(Path.Combine(project.Directory, ".globalconfig"), options.GlobalConfig);
        }

        return project;
    }

    public BuildResult Build()
    {
        var missing = Repo.RequiredOutputs.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The consumer builds against the {Repo.Configuration} outputs of the repo's projects, which are missing: "
                + string.Join(", ", missing) + $". Build the solution (or this test project) in {Repo.Configuration} first.");
        }

        return new BuildResult(DotNetCli.Run(Directory,
        [
            "build",
            "-nologo",
            "-clp:NoSummary",
            "-c", Repo.Configuration,
            "-nodeReuse:false",
            "-p:BuildProjectReferences=false",
            "-p:RestoreRecursive=false",
            "-p:UseSharedCompilation=false",
        ]));
    }

    /// <summary>Runs the built consumer.</summary>
    public ProcessResult Run() => DotNetCli.Run(Directory, [OutputAssembly], TimeSpan.FromMinutes(1));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("ARTICLEFACTS_IT_KEEP") == "1")
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (System.IO.Directory.Exists(_root))
                {
                    System.IO.Directory.Delete(_root, recursive: true);
                }

                return;
            }
            catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return; // A leftover temp directory must not fail a test.
            }
        }
    }

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

    private static void Write(string path, string content) =>
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
