using System;
using System.Linq;
using ArticleFacts.Generators.Tests;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.Roslyn48Tests;

/// <summary>This leg really runs the oldest supported compiler, and the generator really runs in it.</summary>
public class CompilerVersionTests
{
    [Fact]
    public void The_compiler_loaded_is_Roslyn_4_8()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(typeof(Compilation).Assembly, AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "Microsoft.CodeAnalysis"));
    }

    [Fact]
    public void The_generator_is_built_against_Roslyn_4_8_and_binds_to_the_one_loaded()
    {
        var generator = typeof(FactsGenerator).Assembly;
        var reference = generator.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");
        Assert.Equal(new Version(4, 8, 0, 0), reference.Version);
        Assert.Equal(typeof(Compilation).Assembly, typeof(IIncrementalGenerator).Assembly);
    }

    [Fact]
    public void The_seed_runs_through_a_4_8_driver_with_no_diagnostic_and_compiles()
    {
        var run = GeneratorHarness.Run(new HarnessOptions { ArticleFactsNamespace = "ArticleFacts.Data" }, SeedData.Files());
        Assert.Equal(typeof(CSharpGeneratorDriver).Assembly, run.Driver.GetType().Assembly);
        Assert.Null(run.Result.Exception);
        Assert.Equal(new[] { "Articles.g.cs", "NkFmVisit.g.cs" }, run.Sources.Keys);
        Assert.Contains(FrameworkReferences.Directory, run.InputCompilation.References.OfType<PortableExecutableReference>().Select(r => System.IO.Path.GetDirectoryName(r.FilePath)));
        run.AssertClean();
    }
}
