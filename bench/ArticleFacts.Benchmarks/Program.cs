using System;
using System.IO;
using System.Globalization;
using ArticleFacts.Benchmarks.Downstream;
using ArticleFacts.Benchmarks.Infrastructure;
using BenchmarkDotNet.Running;

namespace ArticleFacts.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/ArticleFacts.Benchmarks -- --filter '*'</c>
/// (docs/benchmarks.md). <c>-- json PATH</c> writes the seed's facts as the JSON the downstream benchmarks read;
/// <c>-- profile STAGE CORPUS REPETITIONS</c> loops one step of the generator (or <c>compile</c>, the compiler over its output) for a profiler; <c>-- first-access
/// generated|yaml|json [utf8]</c> measures one first access in this process, with what the JIT did for it.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "json")
        {
            File.WriteAllText(args[1], RuntimeFacts.ToJson(RuntimeFacts.FromYaml()) + "\n");
            Console.WriteLine("Wrote " + args[1]);
            return;
        }

        if (args.Length == 4 && args[0] == "profile")
        {
            StageProfiler.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length is 2 or 3 && args[0] == "first-access")
        {
            FirstAccessProbe.Run(args[1], utf8Decoded: args.Length == 3 && args[2] == "utf8", Console.Out);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
