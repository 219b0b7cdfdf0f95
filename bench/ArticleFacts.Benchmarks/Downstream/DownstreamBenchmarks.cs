using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ArticleFacts.Data;

namespace ArticleFacts.Benchmarks.Downstream;

/// <summary>
/// The first access to every fact of the seed article in a fresh process (type loading, JIT, static
/// initialisation, deserialisation included), against what a user would otherwise write: the facts file
/// embedded and deserialised with YamlDotNet, or embedded as JSON and read with System.Text.Json's
/// source-generated metadata. One measurement per process, many processes.
/// </summary>
[MedianColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 20, warmupCount: 0, iterationCount: 1)]
public class FirstAccessBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Generated() => FactWalk.Walk(NkFmVisit.Facts);

    [Benchmark]
    public int YamlDotNet() => FactWalk.Walk(RuntimeFacts.FromYaml());

    [Benchmark]
    public int SystemTextJson() => FactWalk.Walk(RuntimeFacts.FromJson());
}

/// <summary>
/// Every later access in a warm process: the generated facts are static properties; the alternatives either
/// keep what they deserialised (a user's cache) or deserialise again.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RepeatedAccessBenchmarks
{
    private FactsDto _cached = null!;

    [GlobalSetup]
    public void Setup() => _cached = RuntimeFacts.FromYaml();

    [Benchmark(Baseline = true)]
    public int Generated() => FactWalk.Walk(NkFmVisit.Facts);

    [Benchmark]
    public int DeserialisedOnceAndKept() => FactWalk.Walk(_cached);

    [Benchmark]
    public int YamlDotNetEachTime() => FactWalk.Walk(RuntimeFacts.FromYaml());

    [Benchmark]
    public int SystemTextJsonEachTime() => FactWalk.Walk(RuntimeFacts.FromJson());
}
