using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>A case whose generated code is compiled, loaded and checked: its namespace, sources and a check of what it holds.</summary>
public sealed record CompiledCase(string Name, CaseOutcome Outcome, Action<ImmutableArray<FactSheet>> Verify);

/// <summary>
/// Compiles the generated code of many cases in one compilation (each case in its own namespace), requires zero
/// errors and zero warnings (XML docs diagnosed, so CS1591 counts), emits it to memory, loads it in a collectible
/// <see cref="AssemblyLoadContext"/> that shares the ArticleFacts runtime with the tests, and hands each case the
/// fact sheets of its <c>Articles.All</c>.
/// </summary>
public static class BatchCompiler
{
    /// <summary>Compiles, loads and verifies <paramref name="cases"/>; throws naming the case at the first problem.</summary>
    public static void CompileAndVerify(IReadOnlyList<CompiledCase> cases, bool load = true)
    {
        if (cases.Count == 0)
        {
            return;
        }

        var trees = cases.SelectMany(c => c.Outcome.Sources.Select(s =>
            CSharpSyntaxTree.ParseText(s.Text, CaseRunner.ParseOptions, c.Outcome.Namespace + "/" + s.HintName, Encoding.UTF8)));
        var compilation = CaseRunner.EmptyCompilation.WithAssemblyName("Batch" + Guid.NewGuid().ToString("N")).AddSyntaxTrees(trees);
        // Emit reports every diagnostic GetDiagnostics would (declarations, method bodies, XML docs) in one binding pass.
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0 || !emitted.Success)
        {
            var first = problems.FirstOrDefault()?.Location.SourceTree?.FilePath ?? string.Empty;
            var culprit = cases.FirstOrDefault(c => first.StartsWith(c.Outcome.Namespace + "/", StringComparison.Ordinal));
            var source = culprit is null ? string.Empty : string.Join("\n", culprit.Outcome.Sources.Select(s => "// " + s.HintName + "\n" + s.Text));
            throw new InvalidOperationException(
                $"The generated code of {culprit?.Name ?? "a case"} does not compile cleanly:\n{DiagnosticText.FormatAll(problems.Take(20))}\n{source}");
        }

        if (!load)
        {
            return;
        }

        stream.Position = 0;
        var context = new SharedRuntimeLoadContext();
        try
        {
            var assembly = context.LoadFromStream(stream);
            foreach (var item in cases)
            {
                var catalogue = assembly.GetType(item.Outcome.Namespace + ".Articles", throwOnError: true)!;
                var all = (ImmutableArray<FactSheet>)catalogue.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                try
                {
                    item.Verify(all);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"{item.Name}: the loaded facts differ from the input: {e.Message}", e);
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads generated assemblies collectibly; everything they reference (the runtime model, the BCL) comes from the tests' context.</summary>
    private sealed class SharedRuntimeLoadContext : AssemblyLoadContext
    {
        public SharedRuntimeLoadContext()
            : base("ArticleFacts.PropertyTests", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
