using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using ArticleFacts.Generators;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Benchmarks.Infrastructure;

/// <summary>
/// Runs steps of the generator in a loop, for a profiler to attach to (<c>dotnet-trace collect -- dotnet
/// ArticleFacts.Benchmarks.dll profile validate 100 30</c>), and prints each step's allocations and fastest repetition in
/// this thread's CPU time per article: on a busy machine the fastest of many is the least disturbed. <c>all</c>
/// interleaves the steps, so that their ratios to the floor hold even when the machine's load changes; <c>edit</c>
/// and <c>unrelated</c> repeat an incremental run of <see cref="Generation.IncrementalBenchmarks"/>.
/// </summary>
public static class StageProfiler
{
    public static readonly string[] Stages = { "floor", "parse", "validate", "emit" };

    public static void Run(string stage, string corpus, int repetitions)
    {
        if (stage is "edit" or "unrelated" or "run" or "analyzer")
        {
            RunIncremental(stage, corpus, repetitions);
            return;
        }

        if (stage == "compile")
        {
            RunCompile(corpus, repetitions);
            return;
        }

        var files = GeneratorSetup.Texts(Corpora.Files(corpus));
        var facts = files.Where(f => Pipeline.IsFactsFile(f.Path)).Select(f => Pipeline.Read(f, default)!).ToArray();
        var index = Pipeline.IndexTexts(files.Where(f => Pipeline.IsTextFile(f.Path)).Select(f => Pipeline.Read(f, default)).ToImmutableArray());
        var inputs = facts.Select(f => Pipeline.Pair(Pipeline.Parse(f, f.Path, default), index)).ToArray();
        var results = inputs.Select(i => Pipeline.Validate(i, default)).ToArray();
        var settings = new GeneratorSettings(GeneratorSetup.Namespace, null);
        var steps = new Dictionary<string, Action<int>>(StringComparer.Ordinal)
        {
            ["floor"] = i =>
            {
                var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(facts[i].Text));
                while (parser.MoveNext())
                {
                }
            },
            ["parse"] = i => Pipeline.Parse(facts[i], facts[i].Path, default),
            ["validate"] = i => Pipeline.Validate(inputs[i], default),
            ["emit"] = i => Pipeline.EmitArticle(results[i], EquatableArray<string>.Empty, settings),
        };
        var chosen = stage == "all" ? Stages : steps.ContainsKey(stage) ? new[] { stage } : throw new ArgumentException($"The stage is all or one of {string.Join(", ", Stages)}", nameof(stage));

        var fastest = chosen.ToDictionary(s => s, _ => double.MaxValue, StringComparer.Ordinal);
        var allocated = chosen.ToDictionary(s => s, _ => 0L, StringComparer.Ordinal);
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            foreach (var name in chosen)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuMilliseconds();
                for (var i = 0; i < facts.Length; i++)
                {
                    steps[name](i);
                }

                fastest[name] = Math.Min(fastest[name], (ThreadCpuMilliseconds() - start) / facts.Length);
                allocated[name] = (GC.GetAllocatedBytesForCurrentThread() - bytes) / facts.Length;
            }
        }

        var emitted = results.Sum(r => (long)(Pipeline.EmitArticle(r, EquatableArray<string>.Empty, settings)?.Text.Length ?? 0));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{emitted / facts.Length} characters of C# emitted per article"));
        foreach (var name in chosen)
        {
            var ratio = fastest.TryGetValue("floor", out var floor) ? string.Create(CultureInfo.InvariantCulture, $" ({fastest[name] / floor:F2} x floor)") : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} {fastest[name]:F3} ms thread CPU, {allocated[name] / 1024.0:F0} KB allocated per article{ratio}"));
        }
    }

    /// <summary>
    /// The incremental run after editing one facts file (<c>edit</c>) or unrelated C# (<c>unrelated</c>), as in IncrementalBenchmarks;
    /// or a build's whole first run, driver included (<c>run</c>, FullRunBenchmarks.Generator), or the analyzer's
    /// (<c>analyzer</c>, FullRunBenchmarks.Analyzer).
    /// </summary>
    private static void RunIncremental(string stage, string corpus, int repetitions)
    {
        var benchmarks = new Generation.IncrementalBenchmarks { Corpus = corpus };
        benchmarks.Setup();
        var full = new Generation.FullRunBenchmarks { Corpus = corpus };
        full.Setup();
        Func<object> run = stage switch
        {
            "edit" => benchmarks.EditOneFactsFile,
            "unrelated" => benchmarks.UnrelatedCSharpEdit,
            "analyzer" => () => full.Analyzer(),
            _ => full.Generator,
        };
        var fastest = double.MaxValue;
        var bytes = 0L;
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = ThreadCpuMilliseconds();
            run();
            fastest = Math.Min(fastest, ThreadCpuMilliseconds() - start);
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-9} {fastest:F3} ms thread CPU, {bytes / 1024.0:F0} KB allocated per run"));
    }

    /// <summary>
    /// Compiles the corpus's generated code (CompileBenchmarks.Compile) and prints the fastest repetition in the process's
    /// CPU time, all threads (the compiler binds methods in parallel), with the wall time of that repetition.
    /// </summary>
    private static void RunCompile(string corpus, int repetitions)
    {
        var benchmarks = new Generation.CompileBenchmarks { Corpus = corpus };
        benchmarks.Setup();
        var process = Process.GetCurrentProcess();
        var fastest = double.MaxValue;
        var wall = 0.0;
        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            benchmarks.Compile();
            process.Refresh();
            var used = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            if (used < fastest)
            {
                fastest = used;
                wall = stopwatch.Elapsed.TotalMilliseconds;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compile   {fastest:F0} ms process CPU ({wall:F0} ms wall) for {corpus}"));
    }

    private static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
        }

        _ = ClockGetTime(ThreadCpuClock, out var time);
        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
