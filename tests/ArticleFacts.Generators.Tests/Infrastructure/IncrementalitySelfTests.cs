using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// The incrementality helpers themselves: <see cref="Incrementality.FindForbidden"/> finds a Roslyn object wherever a
/// model could hide it, and <see cref="Incrementality.AssertNoRoslynObjects"/> fails a run whose tracked step holds one.
/// </summary>
public class IncrementalitySelfTests
{
    private static readonly Lazy<CSharpCompilation> Compilation = new(() =>
        CSharpCompilation.Create("Probe", new[] { CSharpSyntaxTree.ParseText("class C { int F; }", path: "C.cs") }));

    private static SyntaxTree Tree => Compilation.Value.SyntaxTrees.Single();

    public static TheoryData<string> Kinds => new() { "SyntaxTree", "Compilation", "ISymbol", "SyntaxNode", "Location", "SemanticModel" };

    private static object Forbidden(string kind) => kind switch
    {
        "SyntaxTree" => Tree,
        "Compilation" => Compilation.Value,
        "ISymbol" => Compilation.Value.GetTypeByMetadataName("C")!,
        "SyntaxNode" => Tree.GetRoot(),
        "Location" => Tree.GetRoot().GetLocation(),
        _ => Compilation.Value.GetSemanticModel(Tree),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_roslyn_object_in_a_record_field_is_found_with_its_path(string kind)
    {
        Assert.Equal($"output.Value is a {Forbidden(kind).GetType().FullName} ({kind})", Incrementality.FindForbidden(new Holder(Forbidden(kind), "x")));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_roslyn_object_nested_in_records_equatable_arrays_and_collections_is_found(string kind)
    {
        var item = Forbidden(kind);
        var nested = new Holder(new Holder(new Holder(item, "deep"), "middle"), "top");
        Assert.StartsWith("output.Value.Value.Value is a ", Incrementality.FindForbidden(nested));

        var array = new Holder(new EquatableArray<Holder>(ImmutableArray.Create(new Holder("a", "first"), new Holder(item, "in"))), "array");
        Assert.StartsWith("output.Value[1].Value is a ", Incrementality.FindForbidden(array));

        var list = new List<object> { 1, "b", new Dictionary<string, object> { ["k"] = item } };
        Assert.StartsWith("output[2][0].value is a ", Incrementality.FindForbidden(list));

        var tuple = (Name: "t", Items: ImmutableArray.Create(item));
        Assert.StartsWith("output.Item2[0] is a ", Incrementality.FindForbidden(tuple));
    }

    [Fact]
    public void A_model_of_plain_values_holds_nothing_forbidden()
    {
        var model = new Holder(new EquatableArray<Holder>(ImmutableArray.Create(new Holder("a", "s"), new Holder(1, "i"), new Holder(2.5m, "m"), new Holder(null, "x"), new Holder(DateTime.UnixEpoch, "d"))), "plain");
        Assert.Null(Incrementality.FindForbidden(model));
        Assert.Null(Incrementality.FindForbidden(null));
    }

    [Fact]
    public void A_generator_run_whose_tracked_step_holds_a_syntax_tree_fails_the_check()
    {
        var run = RunRogue(static c => new Holder(c.SyntaxTrees.First(), "tree"));
        var failure = Assert.Throws<TrueException>(() => Incrementality.AssertNoRoslynObjects(run));
        Assert.Contains($"{TrackingNames.Parsed}[0].Value is a ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("(SyntaxTree)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generator_run_whose_tracked_step_holds_only_text_passes_the_check()
    {
        Incrementality.AssertNoRoslynObjects(RunRogue(static c => new Holder(c.SyntaxTrees.First().FilePath, "path")));
    }

    /// <summary>A run of a generator with one step, tracked under a name the helpers look at, whose output is <paramref name="select"/>'s.</summary>
    private static GeneratorRun RunRogue(Func<Compilation, Holder> select)
    {
        var options = new HarnessOptions { Sources = new[] { "class C { }" } };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new RogueGenerator(select).AsSourceGenerator() },
            ImmutableArray<AdditionalText>.Empty,
            options.ParseOptions,
            options.CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return GeneratorHarness.Execute(driver, GeneratorHarness.CreateCompilation(options), ImmutableArray<AdditionalText>.Empty, options);
    }

    /// <summary>A model record, as a pipeline step would return.</summary>
    private sealed record Holder(object? Value, string Name);

    private sealed class RogueGenerator(Func<Compilation, Holder> select) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var step = context.CompilationProvider.Select((c, _) => select(c)).WithTrackingName(TrackingNames.Parsed);
            context.RegisterSourceOutput(step, static (_, _) => { });
        }
    }
}
