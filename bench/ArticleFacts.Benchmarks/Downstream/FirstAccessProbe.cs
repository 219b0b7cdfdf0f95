using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using ArticleFacts.Data;

namespace ArticleFacts.Benchmarks.Downstream;

/// <summary>
/// What the first access in a fresh process is made of: <c>first-access generated|yaml|json</c> walks every fact once (<c>one</c> reads one quote's speaker)
/// and prints the wall time with the methods the JIT compiled on the way and the time it spent doing so; with
/// <c>utf8</c> after, the process has decoded UTF-8 once before (the first decoding costs milliseconds). Run it in a
/// loop (one process per run; docs/benchmarks.md); BenchmarkDotNet's cold-start job measures the same walk.
/// </summary>
public static class FirstAccessProbe
{
    public static void Run(string alternative, bool utf8Decoded, System.IO.TextWriter output)
    {
        Func<int> walk = alternative switch
        {
            "generated" => static () => FactWalk.Walk(NkFmVisit.Facts),
            // One fact, as most callers read them: its section and the entities and anchors it names, nothing else.
            "one" => static () => NkFmVisit.Quotes.QuoteKcna.Speaker.Name.Length,
            "yaml" => static () => FactWalk.Walk(RuntimeFacts.FromYaml()),
            "json" => static () => FactWalk.Walk(RuntimeFacts.FromJson()),
            _ => throw new ArgumentException("expected generated, one, yaml or json, not " + alternative, nameof(alternative)),
        };

        if (utf8Decoded)
        {
            // As in most processes by then (a file or a resource read): the UTF-8 decoder's first use is not the facts'.
            _ = System.Text.Encoding.UTF8.GetString("-"u8);
        }

        var methods = JitInfo.GetCompiledMethodCount();
        var jit = JitInfo.GetCompilationTime();
        var stopwatch = Stopwatch.StartNew();
        var sum = walk();
        var elapsed = stopwatch.Elapsed;
        var jitted = JitInfo.GetCompiledMethodCount() - methods;
        var jitTime = JitInfo.GetCompilationTime() - jit;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{alternative}: {elapsed.TotalMilliseconds:F2} ms, JIT {jitTime.TotalMilliseconds:F2} ms for {jitted} methods (checksum {sum})"));
    }
}
