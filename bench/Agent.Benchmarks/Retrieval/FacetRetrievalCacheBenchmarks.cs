using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Benchmarks.Retrieval;

/// <summary>
/// Layer-A retrieval of a phrase already seen, with the retrieval caches off (embed and search every time) and on
/// (answered from the in-process facet-search cache), over the embedded defaults and acme's catalog.
/// </summary>
[MemoryDiagnoser]
public class FacetRetrievalCacheBenchmarks
{
    private const string Phrase = "gold members who bought baby products";

    private ServiceProvider _uncachedServices = null!;
    private ServiceProvider _cachedServices = null!;
    private FacetRetriever _uncached = null!;
    private FacetRetriever _cached = null!;
    private Tenant _acme = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_uncachedServices, _uncached) = await RetrieverAsync(cacheEnabled: false);
        (_cachedServices, _cached) = await RetrieverAsync(cacheEnabled: true);
        _acme = _cachedServices.GetRequiredService<TenantDirectory>().Get("acme-retail");
        await _cached.RetrieveFacetsAsync(_acme, Phrase);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _uncachedServices.DisposeAsync();
        await _cachedServices.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public Task<FacetRetrieval> Uncached() => _uncached.RetrieveFacetsAsync(_acme, Phrase);

    [Benchmark]
    public Task<FacetRetrieval> CachedHit() => _cached.RetrieveFacetsAsync(_acme, Phrase);

    private static async Task<(ServiceProvider Services, FacetRetriever Retriever)> RetrieverAsync(bool cacheEnabled)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
                [new("SegmentAI:Retrieval:Cache:Enabled", cacheEnabled ? "true" : "false")]).Build())
            .AddSegmentSkills()
            .BuildServiceProvider();
        var tenant = services.GetRequiredService<TenantDirectory>().Get("acme-retail");
        await services.GetRequiredService<FacetIndexBuilder>().BuildAsync(tenant);
        return (services, services.GetRequiredService<FacetRetriever>());
    }
}
