using System;
using ArticleFacts.Data;
using BenchmarkDotNet.Attributes;

namespace ArticleFacts.Benchmarks.Downstream;

/// <summary>
/// The lookups of <see cref="FactSheet"/> and the catalogue, warm, on the seed article, against the scan a user would
/// write without them: a fact by id, an entity's quotes, claims and events, an article by id. The indexed lookups
/// should allocate nothing (the Allocated column).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LookupBenchmarks
{
    // The last fact of the file, and an entity with facts of every kind: the scans' worst case, a typical lookup.
    private const string LastId = "t_october_last_year";

    private FactSheet _sheet = null!;
    private Entity _entity = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sheet = NkFmVisit.Facts;
        _entity = NkFmVisit.Entities.WhiteHouse;
        _ = _sheet.Find(LastId);
    }

    [Benchmark(Baseline = true)]
    public int FindById() => _sheet.Find(LastId) is null ? 0 : 1;

    [Benchmark]
    public int ScanById() => ScanFor(LastId) is null ? 0 : 1;

    [Benchmark]
    public int ByEntityIndexed() => 1 + _sheet.QuotesBy(_entity).Count + _sheet.ClaimsFrom(_entity).Count + _sheet.EventsWith(_entity).Count;

    [Benchmark]
    public int ByEntityScanned()
    {
        var count = 1;
        foreach (var quote in _sheet.Quotes)
        {
            count += quote.Speaker == _entity ? 1 : 0;
        }

        foreach (var claim in _sheet.Claims)
        {
            count += claim.Source == _entity ? 1 : 0;
        }

        foreach (var @event in _sheet.Events)
        {
            count += @event.Participants.AsImmutableArray().Contains(_entity) ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public int ArticleById() => Articles.Find("nk_fm_visit") is null ? 0 : 1;

    private object? ScanFor(string id) =>
        Scan(_sheet.Entities, e => e.Id, id) ?? Scan(_sheet.Events, e => e.Id, id) ?? Scan(_sheet.Claims, c => c.Id, id)
        ?? Scan(_sheet.Quotes, q => q.Id, id) ?? Scan(_sheet.Quantities, q => q.Id, id) ?? Scan(_sheet.Dates, d => d.Id, id);

    private static object? Scan<T>(ValueArray<T> facts, Func<T, string> idOf, string id)
        where T : class
    {
        foreach (var fact in facts)
        {
            if (string.Equals(idOf(fact), id, StringComparison.Ordinal))
            {
                return fact;
            }
        }

        return null;
    }
}
