using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleFacts.Generators.Tests.Infrastructure;

/// <summary>
/// Incrementality checks in the spirit of NetEscapades.EnumGenerators' TestHelpers: rerun the same driver after an
/// edit and look at the tracked steps named in <c>ArticleFacts.Generators.TrackingNames</c>.
/// </summary>
public static class Incrementality
{
    private static readonly Lazy<ImmutableArray<string>> LazyTrackingNames = new(LoadTrackingNames);

    private static readonly Type[] ForbiddenTypes =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel),
    };

    /// <summary>The values of the <c>const string</c> fields of <c>ArticleFacts.Generators.TrackingNames</c>.</summary>
    public static ImmutableArray<string> TrackingNames => LazyTrackingNames.Value;

    /// <summary>Reruns the driver of <paramref name="run"/> over its input compilation, edited by <paramref name="edit"/> (default: a clone).</summary>
    public static GeneratorRun Rerun(this GeneratorRun run, Func<CSharpCompilation, CSharpCompilation>? edit = null) =>
        GeneratorHarness.Execute(run.Driver, (edit ?? (c => c.Clone()))(run.InputCompilation), run.AdditionalTexts, run.Options);

    /// <summary>Reruns after adding a C# file that has nothing to do with the facts (replacing one of the same path).</summary>
    public static GeneratorRun RerunWithUnrelatedSource(this GeneratorRun run, string source = "namespace Unrelated { internal sealed class Other { } }", string path = "Unrelated.cs") =>
        run.Rerun(c =>
        {
            var tree = GeneratorHarness.ParseSource(source, path, run.Options);
            var old = c.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
            return old is null ? c.AddSyntaxTrees(tree) : c.ReplaceSyntaxTree(old, tree);
        });

    /// <summary>Reruns after replacing the additional text at <paramref name="path"/> (or adding it, if there is none).</summary>
    public static GeneratorRun RerunWithText(this GeneratorRun run, string path, string text)
    {
        var replacement = new InMemoryAdditionalText(path, text);
        var old = run.AdditionalTexts.FirstOrDefault(t => t.Path == path);
        var driver = old is null ? run.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(replacement)) : run.Driver.ReplaceAdditionalText(old, replacement);
        var texts = old is null ? run.AdditionalTexts.Add(replacement) : run.AdditionalTexts.Replace(old, replacement);
        return GeneratorHarness.Execute(driver, run.InputCompilation, texts, run.Options);
    }

    /// <summary>Reruns after removing the additional text at <paramref name="path"/>.</summary>
    public static GeneratorRun RerunWithoutText(this GeneratorRun run, string path)
    {
        var old = run.AdditionalTexts.FirstOrDefault(t => t.Path == path) ?? throw new ArgumentException($"No additional text '{path}'.", nameof(path));
        var driver = run.Driver.RemoveAdditionalTexts(ImmutableArray.Create(old));
        return GeneratorHarness.Execute(driver, run.InputCompilation, run.AdditionalTexts.Remove(old), run.Options);
    }

    /// <summary>Reruns with other analyzer options (e.g. <c>run.Options with { ArticleFactsNamespace = "X" }</c>).</summary>
    public static GeneratorRun RerunWithOptions(this GeneratorRun run, HarnessOptions options) =>
        GeneratorHarness.Execute(run.Driver.WithUpdatedAnalyzerConfigOptions(options.CreateOptionsProvider()), run.InputCompilation, run.AdditionalTexts, options);

    /// <summary>The tracked steps of the run whose names are in <see cref="TrackingNames"/>.</summary>
    public static ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> TrackedSteps(GeneratorRun run) =>
        run.Result.TrackedSteps.Where(p => TrackingNames.Contains(p.Key)).ToImmutableDictionary();

    /// <summary>
    /// Fails unless some tracked step ran and every output of every tracked step (but <paramref name="exceptSteps"/>)
    /// is <see cref="IncrementalStepRunReason.Cached"/> or <see cref="IncrementalStepRunReason.Unchanged"/>, and every
    /// source output is <see cref="IncrementalStepRunReason.Cached"/> (nothing re-emitted).
    /// </summary>
    public static void AssertCachedOrUnchanged(GeneratorRun rerun, params string[] exceptSteps)
    {
        var steps = TrackedSteps(rerun);
        Assert.True(steps.Count > 0, "No step named in TrackingNames ran. Steps that ran: " + string.Join(", ", rerun.Result.TrackedSteps.Keys));
        var failures = new List<string>();
        foreach (var (name, runs) in steps.Where(p => !exceptSteps.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            failures.AddRange(Offending(name, runs, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        }

        foreach (var (name, runs) in rerun.Result.TrackedOutputSteps)
        {
            failures.AddRange(Offending(name, runs, IncrementalStepRunReason.Cached));
        }

        Assert.True(failures.Count == 0, "Steps that were not cached:\n" + string.Join("\n", failures));
    }

    /// <summary>Fails unless the step <paramref name="step"/> ran and every one of its outputs has one of <paramref name="allowed"/>.</summary>
    public static void AssertStepReasons(GeneratorRun run, string step, params IncrementalStepRunReason[] allowed)
    {
        Assert.True(run.Result.TrackedSteps.TryGetValue(step, out var runs), $"Step '{step}' did not run.");
        var failures = Offending(step, runs, allowed).ToList();
        Assert.True(failures.Count == 0, $"Step '{step}' expected {string.Join(" or ", allowed)}:\n" + string.Join("\n", failures));
    }

    /// <summary>Fails unless both runs have the same tracked steps, each with equal outputs in the same order.</summary>
    public static void AssertEqualStepOutputs(GeneratorRun first, GeneratorRun second)
    {
        var a = TrackedSteps(first);
        var b = TrackedSteps(second);
        Assert.Equal(a.Keys.OrderBy(k => k, StringComparer.Ordinal), b.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, runsA) in a)
        {
            var outputsA = runsA.SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            var outputsB = b[name].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
            Assert.True(outputsA.Count == outputsB.Count, $"Step '{name}': {outputsA.Count} outputs, then {outputsB.Count}.");
            for (var i = 0; i < outputsA.Count; i++)
            {
                Assert.True(Equals(outputsA[i], outputsB[i]), $"Step '{name}' output {i} differs between runs (does its type have value equality?):\n  {outputsA[i]}\n  {outputsB[i]}");
            }
        }
    }

    /// <summary>
    /// Fails if any output of a tracked step holds, at any depth (fields, including auto-property backing fields,
    /// array and enumerable items), a Compilation, ISymbol, SyntaxNode, SyntaxTree, Location or SemanticModel.
    /// </summary>
    public static void AssertNoRoslynObjects(GeneratorRun run)
    {
        var failures = new List<string>();
        foreach (var (name, runs) in TrackedSteps(run).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var outputs = runs.SelectMany(s => s.Outputs).Select((o, i) => (o.Value, Path: $"{name}[{i}]"));
            failures.AddRange(outputs.Select(o => FindForbidden(o.Value, o.Path)).OfType<string>());
        }

        Assert.True(failures.Count == 0, "Step outputs hold Roslyn objects, which defeat caching and keep compilations alive:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The full check: runs the generator over <paramref name="files"/>, reruns it with an unrelated C# file added, and asserts
    /// equal step outputs, all cached or unchanged, and no Roslyn objects in the model. Returns both runs.
    /// </summary>
    public static (GeneratorRun First, GeneratorRun Second) AssertIncremental(HarnessOptions options, params (string Path, string Text)[] files)
    {
        var first = GeneratorHarness.Run(options, files);
        var second = first.RerunWithUnrelatedSource();
        AssertEqualStepOutputs(first, second);
        AssertCachedOrUnchanged(second);
        AssertNoRoslynObjects(first);
        Assert.Equal(first.Sources, second.Sources);
        return (first, second);
    }

    /// <summary>The path of the first forbidden object found in <paramref name="root"/>, or <see langword="null"/>.</summary>
    public static string? FindForbidden(object? root, string rootPath = "output")
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object? Value, string Path)>();
        pending.Push((root, rootPath));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            if (value is null || IsLeaf(value.GetType()) || (!value.GetType().IsValueType && !seen.Add(value)))
            {
                continue;
            }

            var type = value.GetType();
            if (ForbiddenTypes.FirstOrDefault(t => t.IsAssignableFrom(type)) is { } forbidden)
            {
                return $"{path} is a {type.FullName} ({forbidden.Name})";
            }

            if (value is Delegate d)
            {
                pending.Push((d.Target, path + ".Target"));
                continue;
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                    {
                        pending.Push((field.GetValue(value), path + "." + FieldName(field)));
                    }
                }
            }

            // Pushed last, so walked first: a path through the items reads better than one through a collection's internals.
            if (value is IEnumerable items)
            {
                PushItems(items, path, pending);
            }
        }

        return null;
    }

    private static void PushItems(IEnumerable items, string path, Stack<(object? Value, string Path)> pending)
    {
        var i = 0;
        try
        {
            foreach (var item in items)
            {
                if (i == 100_000)
                {
                    return;
                }

                pending.Push((item, $"{path}[{i++}]"));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or NullReferenceException)
        {
            // A collection that cannot be enumerated here (e.g. a default ImmutableArray): its fields are still walked.
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan) || type == typeof(Guid)
        || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type) || typeof(Module).IsAssignableFrom(type)
        || typeof(System.Threading.CancellationToken) == type;

    private static string FieldName(FieldInfo field) =>
        field.Name.StartsWith('<') && field.Name.IndexOf('>') is var end and > 0 ? field.Name[1..end] : field.Name;

    private static IEnumerable<string> Offending(string name, ImmutableArray<IncrementalGeneratorRunStep> runs, params IncrementalStepRunReason[] allowed) =>
        runs.SelectMany((step, s) => step.Outputs.Select((o, i) => (o, s, i)))
            .Where(x => !allowed.Contains(x.o.Reason))
            .Select(x => $"  {name}[{x.s}].Outputs[{x.i}]: {x.o.Reason} ({Describe(x.o.Value)})");

    private static string Describe(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 160 ? text : text[..160] + "…";
    }

    private static ImmutableArray<string> LoadTrackingNames()
    {
        var type = typeof(FactsGenerator).Assembly.GetType("ArticleFacts.Generators.TrackingNames")
            ?? throw new InvalidOperationException("ArticleFacts.Generators.TrackingNames not found.");
        return type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.IsInitOnly && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToImmutableArray();
    }
}
