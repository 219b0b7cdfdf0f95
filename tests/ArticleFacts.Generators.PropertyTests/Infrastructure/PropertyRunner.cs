using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ArticleFacts.Generators.PropertyTests.Grammar;
using ArticleFacts.Generators.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>One generated case: its files, and what the loaded facts must be when the generator accepts them.</summary>
/// <param name="Verify">Checks the loaded fact sheets; null checks the anchor invariants only.</param>
/// <param name="MustBeAccepted">The case is valid by construction: any error fails the property.</param>
public sealed record PropertyCase((string Path, string Text)[] Files, Action<ImmutableArray<FactSheet>>? Verify, bool MustBeAccepted);

/// <summary>
/// Runs a property over deterministic cases: case <c>i</c> draws from CsCheck's PCG with stream <c>i</c> and the
/// run's seed, so a failure names a seed and a case that replay it exactly. Cases run through the real generator
/// one by one; the generated code of accepted cases is compiled, loaded and checked in batches.
/// </summary>
public static class PropertyRunner
{
    public const string IterationsVariable = "ARTICLEFACTS_PROPERTY_ITERATIONS";
    public const string SeedVariable = "ARTICLEFACTS_PROPERTY_SEED";
    public const string CaseVariable = "ARTICLEFACTS_PROPERTY_CASE";

    /// <summary>Cases per CI run, over all properties, unless <see cref="IterationsVariable"/> says otherwise.</summary>
    public const int DefaultIterations = 10_000;

    /// <summary>The seed of every CI run, unless <see cref="SeedVariable"/> says otherwise: runs are reproducible.</summary>
    public const ulong DefaultSeed = 20261130;

    private const int BatchSize = 48;

    public static int TotalIterations => int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : DefaultIterations;

    public static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

    private static int? OnlyCase => int.TryParse(Environment.GetEnvironmentVariable(CaseVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null;

    /// <summary>How many cases a property of <paramref name="percent"/> % runs (one when a single case is replayed).</summary>
    public static int Cases(int percent) => OnlyCase is null ? Math.Max(1, TotalIterations * percent / 100) : 1;

    /// <summary>
    /// The least number of cases out of <paramref name="cases"/> that a generator drawing a case valid by construction with
    /// probability <paramref name="share"/> yields, but for one chance in about 30,000 (four standard deviations below the
    /// binomial mean): a floor on accepted cases that holds for any seed.
    /// </summary>
    public static int Floor(int cases, double share) =>
        Math.Max(0, (int)Math.Floor((cases * share) - (4 * Math.Sqrt(cases * share * (1 - share)))));

    /// <summary>Runs <paramref name="percent"/> % of <see cref="TotalIterations"/> cases of the property; returns how many the generator accepted.</summary>
    public static int Run(string property, int percent, Func<Rng, PropertyCase> generate, ITestOutputHelper output)
    {
        var count = Cases(percent);
        var seed = Seed;
        var indices = OnlyCase is { } only ? new[] { only } : Enumerable.Range(0, count).ToArray();
        var accepted = 0;
        var failures = new ConcurrentBag<(int Case, Exception Error)>();
        var stopwatch = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var gate = new object();
        var errorIds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        long generatorTicks = 0, compileTicks = 0;
        Parallel.ForEach(
            indices.Chunk(BatchSize),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            (chunk, state) =>
            {
                var batch = new List<CompiledCase>();
                var batchInputs = new Dictionary<string, PropertyCase>();
                foreach (var i in chunk)
                {
                    PropertyCase? item = null;
                    try
                    {
                        item = generate(new Rng(new PCG((uint)i, seed)));
                        var outcome = CaseRunner.Run("P" + i.ToString(CultureInfo.InvariantCulture), item.Files);
                        lock (gate)
                        {
                            slowest = outcome.Elapsed > slowest ? outcome.Elapsed : slowest;
                        }

                        Interlocked.Add(ref generatorTicks, outcome.Elapsed.Ticks);
                        if (outcome.HasErrors)
                        {
                            foreach (var id in outcome.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).Distinct())
                            {
                                errorIds.AddOrUpdate(id, 1, (_, n) => n + 1);
                            }

                            if (item.MustBeAccepted)
                            {
                                throw new InvalidOperationException("The generator rejected a valid file:\n" + DiagnosticText.FormatAll(outcome.Diagnostics));
                            }

                            continue;
                        }

                        var name = "case " + i.ToString(CultureInfo.InvariantCulture);
                        batch.Add(new CompiledCase(name, outcome, item.Verify ?? AnchorInvariants.Check));
                        batchInputs[name] = item;
                    }
                    catch (Exception e)
                    {
                        failures.Add((i, new InvalidOperationException(Describe(property, seed, i, item, e), e)));
                        state.Stop();
                        return;
                    }
                }

                try
                {
                    var compileStart = Stopwatch.GetTimestamp();
                    BatchCompiler.CompileAndVerify(batch);
                    Interlocked.Add(ref compileTicks, Stopwatch.GetElapsedTime(compileStart).Ticks);
                    Interlocked.Add(ref accepted, batch.Count);
                }
                catch (Exception e)
                {
                    var culprit = batchInputs.Keys.FirstOrDefault(k => e.Message.Contains(k + ":", StringComparison.Ordinal) || e.Message.Contains(k + " ", StringComparison.Ordinal));
                    var index = culprit is null ? chunk[0] : int.Parse(culprit["case ".Length..], CultureInfo.InvariantCulture);
                    failures.Add((index, new InvalidOperationException(Describe(property, seed, index, culprit is null ? null : batchInputs[culprit], e), e)));
                    state.Stop();
                }
            });
        stopwatch.Stop();
        var summary = string.Create(CultureInfo.InvariantCulture, $"{property}: {indices.Length} cases, {accepted} accepted (compiled, loaded, checked), {indices.Length - accepted} rejected with errors; {stopwatch.Elapsed.TotalSeconds:0.0} s, slowest case {slowest.TotalMilliseconds:0} ms, generator {TimeSpan.FromTicks(generatorTicks).TotalSeconds:0.0} s, compile+load+check {TimeSpan.FromTicks(compileTicks).TotalSeconds:0.0} s (thread time); errors by id: {string.Join(" ", errorIds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "x" + p.Value))}; seed {seed} ({SeedVariable}), {IterationsVariable}={TotalIterations}");
        output.WriteLine(summary);
        Console.WriteLine(summary);
        if (!failures.IsEmpty)
        {
            throw failures.OrderBy(f => f.Case).First().Error;
        }

        return accepted;
    }

    private static string Describe(string property, ulong seed, int index, PropertyCase? item, Exception e)
    {
        var files = item is null ? "(not generated)" : string.Join("\n", item.Files.Select(f => $"--- {f.Path} ---\n{Show(f.Text)}"));
        return $"Property '{property}' failed at case {index} (seed {seed}). Replay with {SeedVariable}={seed} {CaseVariable}={index}.\n{e.Message}\n{files}";
    }

    private static string Show(string text) => text.Length <= 6000 ? text : text[..6000] + "\n...";
}
