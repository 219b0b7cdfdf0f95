using System;
using System.Diagnostics;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using ArticleFacts.Generators;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Benchmarks.Infrastructure;

/// <summary>
/// Runs one step of the generator in a loop, for a profiler to attach to (<c>dotnet-trace collect -- dotnet
/// ArticleFacts.Benchmarks.dll profile validate 100 30</c>), and prints its time per article: wall clock and
/// this thread's CPU time, which other processes on a busy machine disturb much less.
/// </summary>
public static class StageProfiler
{
    public static readonly string[] Stages = { "floor", "parse", "validate", "emit" };

    public static void Run(string stage, string corpus, int repetitions)
    {
        var files = GeneratorSetup.Texts(Corpora.Files(corpus));
        var facts = files.Where(f => Pipeline.IsFactsFile(f.Path)).Select(f => Pipeline.Read(f, default)!).ToArray();
        var index = Pipeline.IndexTexts(files.Where(f => Pipeline.IsTextFile(f.Path)).Select(f => Pipeline.Read(f, default)).ToImmutableArray());
        var parsed = facts.Select(f => Pipeline.Parse(f, f.Path, default)).ToArray();
        var inputs = parsed.Select(p => Pipeline.Pair(p, index)).ToArray();
        var results = inputs.Select(i => Pipeline.Validate(i, default)).ToArray();
        var settings = new GeneratorSettings(GeneratorSetup.Namespace, null);
        Action<int> step = stage switch
        {
            "floor" => i =>
            {
                var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(facts[i].Text));
                while (parser.MoveNext())
                {
                }
            },
            "parse" => i => Pipeline.Parse(facts[i], facts[i].Path, default),
            "validate" => i => Pipeline.Validate(inputs[i], default),
            "emit" => i => Pipeline.EmitArticle(results[i], EquatableArray<string>.Empty, settings),
            _ => throw new ArgumentException($"The stage is one of {string.Join(", ", Stages)}", nameof(stage)),
        };

        for (var repetition = 0; repetition < repetitions; repetition++)
        {
            var cpu = ThreadCpuMilliseconds();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < facts.Length; i++)
            {
                step(i);
            }

            var perArticle = (wall.Elapsed.TotalMilliseconds / facts.Length, (ThreadCpuMilliseconds() - cpu) / facts.Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage} {repetition}: {perArticle.Item1:F3} ms wall, {perArticle.Item2:F3} ms thread CPU per article"));
        }
    }

    private static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
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
