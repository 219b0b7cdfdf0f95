using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ArticleFacts.Benchmarks;
using BenchmarkDotNet.Attributes;

namespace ArticleFacts.Benchmarks.Tests;

/// <summary>
/// Every benchmark runs once, on the smallest input, the way BenchmarkDotNet calls it: setup, the
/// method, cleanup. No timing is asserted: this proves the benchmarks work, CI never runs them.
/// </summary>
public class BenchmarkSmokeTests
{
    public static TheoryData<string> BenchmarkClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_benchmark_class_is_found()
    {
        var names = BenchmarkTypes().Select(t => t.Name).ToList();
        Assert.Equal(new[] { "CompileBenchmarks", "FirstAccessBenchmarks", "FullRunBenchmarks", "IncrementalBenchmarks", "LookupBenchmarks", "RepeatedAccessBenchmarks" }, names.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Every_benchmark_runs_once(string typeName)
    {
        var type = typeof(Program).Assembly.GetType(typeName)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<ParamsAttribute>() is not null))
        {
            var values = property.GetCustomAttribute<ParamsAttribute>()!.Values;
            // The seed where it is a choice, else one synthetic article: the smallest input.
            property.SetValue(instance, values.Contains("seed") ? "seed" : "1");
        }

        Invoke<GlobalSetupAttribute>(type, instance);
        var benchmarks = Methods<BenchmarkAttribute>(type).ToList();
        Assert.NotEmpty(benchmarks);
        foreach (var benchmark in benchmarks)
        {
            Invoke<IterationSetupAttribute>(type, instance);
            var result = benchmark.Invoke(instance, null);
            Assert.True(result is not null && !Equals(result, 0), $"{type.Name}.{benchmark.Name} returned {result ?? "null"}");
            Invoke<IterationCleanupAttribute>(type, instance);
        }

        Invoke<GlobalCleanupAttribute>(type, instance);
    }

    private static IEnumerable<Type> BenchmarkTypes() =>
        typeof(Program).Assembly.GetTypes().Where(t => !t.IsAbstract && Methods<BenchmarkAttribute>(t).Any()).OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<MethodInfo> Methods<TAttribute>(Type type)
        where TAttribute : Attribute =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<TAttribute>() is not null);

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in Methods<TAttribute>(type))
        {
            method.Invoke(instance, null);
        }
    }
}
