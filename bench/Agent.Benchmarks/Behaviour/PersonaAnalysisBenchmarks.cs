using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SegmentAI.Benchmarks.Estimation;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Benchmarks.Behaviour;

/// <summary>
/// The whole persona analysis (feature query, k selection, final k-means, ten stability reruns, profiles) on a
/// generated dealflow warehouse of 100,000 users over 90 days (about 20 million events). Target: under 10 s.
/// One launch, one warm-up and a few single runs: each run takes seconds, so BenchmarkDotNet's default of dozens of
/// iterations would take an hour and add nothing.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class PersonaAnalysisBenchmarks
{
    private Tenant _tenant = null!;
    private Warehouse _warehouse = null!;

    [Params(100_000)]
    public int Users { get; set; }

    [Params(90)]
    public int Days { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _tenant = TenantDirectory.Load(RepositoryLayout.Discover().Tenants).Get("dealflow");
        _warehouse = Warehouse.DuckDb(await BenchmarkWarehouses.DealflowAsync(Users, Days));
    }

    [Benchmark]
    public Task<PersonaAnalysis> Analyze() =>
        BehaviourAnalysis.AnalyzeAsync(_tenant, _warehouse, BenchmarkWarehouses.DealflowAsOf.AddDays(-Days), BenchmarkWarehouses.DealflowAsOf);
}
