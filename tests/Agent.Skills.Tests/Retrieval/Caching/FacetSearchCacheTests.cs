using SegmentAI.Skills.Catalog;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

public sealed class FacetSearchCacheTests
{
    private static readonly Tenant Acme = RetrievalSetup.Tenant("acme-retail");

    [Fact]
    public async Task A_cache_hit_returns_what_a_fresh_search_returns()
    {
        using var host = new CachedRetrievalHost();
        var fresh = await RetrievalSetup.Retriever().RetrieveFacetsAsync(Acme, "electronics buyers");

        var first = await host.Retriever.RetrieveFacetsAsync(Acme, "electronics buyers");
        var second = await host.Retriever.RetrieveFacetsAsync(Acme, "electronics buyers");

        Assert.Equal(fresh.Candidates, first.Candidates);
        Assert.Equal(fresh.Candidates, second.Candidates);
        Assert.True(second.Candidates[0].Scores.Embedding > 0, "the cached hits must still carry the embedding evidence");
        Assert.Equal(1, host.Counters.VectorSearches);
        Assert.Equal(1, host.Counters.FacetSearchCacheHits);
    }

    [Fact]
    public async Task Value_searches_are_cached_per_facet()
    {
        using var host = new CachedRetrievalHost();
        var fresh = await RetrievalSetup.Retriever().RetrieveValuesAsync(Acme, "department_purchased", "baby products");

        await host.Retriever.RetrieveValuesAsync(Acme, "department_purchased", "baby products");
        var cached = await host.Retriever.RetrieveValuesAsync(Acme, "department_purchased", "baby products");
        await host.Retriever.RetrieveValuesAsync(Acme, "department_browsed", "baby products");

        Assert.Equal(fresh.Values, cached.Values);
        Assert.Equal(2, host.Counters.VectorSearches);
        Assert.Equal(1, host.Counters.FacetSearchCacheHits);
        Assert.Equal(2, host.Counters.FacetSearchCacheMisses);
    }

    [Fact]
    public async Task A_changed_catalog_misses_the_cache()
    {
        using var host = new CachedRetrievalHost();
        var edited = Acme with { Catalog = WithDescription(Acme.Catalog, "department_purchased", "Also nursery furniture and strollers.") };

        await host.Retriever.RetrieveFacetsAsync(Acme, "baby products");
        await host.Retriever.RetrieveFacetsAsync(edited, "baby products");
        await host.Retriever.RetrieveFacetsAsync(Acme, "baby products");

        Assert.Equal(2, host.Counters.VectorSearches);
        Assert.Equal(2, host.Counters.FacetSearchCacheMisses);
        Assert.Equal(1, host.Counters.FacetSearchCacheHits);
    }

    [Fact]
    public async Task Counters_count_hits_misses_searches_and_embeddings()
    {
        using var host = new CachedRetrievalHost();

        await host.Retriever.RetrieveFacetsAsync(Acme, "gold members");
        await host.Retriever.RetrieveFacetsAsync(Acme, "gold members");
        await host.Retriever.RetrieveFacetsAsync(Acme, "gold   members");
        await host.Retriever.RetrieveValuesAsync(Acme, "loyalty_tier", "gold members");

        Assert.Equal(2, host.Counters.FacetSearchCacheHits);
        Assert.Equal(2, host.Counters.FacetSearchCacheMisses);
        Assert.Equal(0.5, host.Counters.FacetSearchCacheHitRate);
        Assert.Equal(2, host.Counters.VectorSearches);
        // Every lookup needs the phrase's vector, but only the first one embeds it.
        Assert.Equal(1, host.Counters.EmbeddingCalls);
        Assert.Equal(3, host.Counters.EmbeddingCacheHits);
        Assert.Equal(1, host.Counters.EmbeddingCacheMisses);
        Assert.Equal(0.75, host.Counters.EmbeddingCacheHitRate);
        Assert.Equal(0, host.Counters.Fallbacks);
    }

    [Fact]
    public async Task Phrases_the_model_embeds_alike_share_one_search()
    {
        using var host = new CachedRetrievalHost();

        var plain = await host.Retriever.RetrieveFacetsAsync(Acme, "gold members");
        var worded = await host.Retriever.RetrieveFacetsAsync(Acme, "the gold members");

        Assert.Equal(plain.Candidates.Select(c => (c.FacetId, c.Scores.Embedding)), worded.Candidates.Select(c => (c.FacetId, c.Scores.Embedding)));
        Assert.Equal(2, host.Counters.EmbeddingCalls);
        Assert.Equal(1, host.Counters.VectorSearches);
        Assert.Equal(1, host.Counters.FacetSearchCacheHits);
    }

    [Fact]
    public async Task A_failed_search_is_not_cached_and_falls_back_every_time()
    {
        using var host = new CachedRetrievalHost(index: new FailingVectorIndex());

        var first = await host.Retriever.RetrieveFacetsAsync(Acme, "baby products");
        var second = await host.Retriever.RetrieveFacetsAsync(Acme, "baby products");

        Assert.Equal(RetrievalQuality.Medium, first.Quality);
        Assert.Equal(RetrievalQuality.Medium, second.Quality);
        Assert.Equal("department_purchased", second.Accepted?.FacetId);
        Assert.Equal(2, host.Counters.Fallbacks);
        Assert.Equal(2, host.Counters.VectorSearches);
        Assert.Equal(0, host.Counters.FacetSearchCacheHits);
    }

    [Fact]
    public async Task An_unreachable_redis_costs_the_cache_not_the_retrieval()
    {
        using var host = new CachedRetrievalHost(new RetrievalCacheOptions { Redis = "127.0.0.1:1,connectTimeout=200", Environment = "unreachable" });
        var fresh = await RetrievalSetup.Retriever().RetrieveFacetsAsync(Acme, "gold members");

        var result = await host.Retriever.RetrieveFacetsAsync(Acme, "gold members");

        Assert.Equal(RetrievalQuality.High, result.Quality);
        Assert.Equal(fresh.Candidates, result.Candidates);
        Assert.Equal(1, host.Counters.VectorSearches);
        Assert.Equal(1, host.Counters.EmbeddingCacheMisses);
    }

    [Fact]
    public async Task The_in_process_cache_stays_within_its_size_limit()
    {
        const long limit = 64 * 1024;
        using var host = new CachedRetrievalHost(new RetrievalCacheOptions { LocalSizeLimit = limit });
        var phrases = Enumerable.Range(0, 300).Select(i => $"customers who bought item {i}").ToList();

        foreach (var phrase in phrases)
        {
            await host.Retriever.RetrieveFacetsAsync(Acme, phrase);
        }

        var statistics = host.Cache.LocalStatistics!;
        Assert.InRange(statistics.CurrentEstimatedSize ?? long.MaxValue, 1, limit);
        Assert.InRange(statistics.CurrentEntryCount, 1, phrases.Count - 1);
    }

    [Fact]
    public void Keys_differ_by_tenant_fingerprint_kind_facet_size_and_vector()
    {
        float[] vector = [0.6f, 0.8f, 0f];
        var key = new FacetSearchKey("acme-retail", "f1", FacetRecordKind.Value, "loyalty_tier", 4, vector);

        string[] keys =
        [
            key.CacheKey,
            (key with { TenantId = "dealflow" }).CacheKey,
            (key with { IndexFingerprint = "f2" }).CacheKey,
            (key with { Kind = FacetRecordKind.Facet, FacetId = null }).CacheKey,
            (key with { FacetId = "state" }).CacheKey,
            (key with { Top = 5 }).CacheKey,
            (key with { Vector = new float[] { 0.6f, 0.8f, 1e-7f } }).CacheKey,
        ];

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(key.CacheKey, new FacetSearchKey("acme-retail", "f1", FacetRecordKind.Value, "loyalty_tier", 4, new float[] { 0.6f, 0.8f, 0f }).CacheKey);
    }

    private static FacetCatalog WithDescription(FacetCatalog catalog, string facetId, string addition) =>
        new(catalog.TenantId, catalog.EventSources, [.. catalog.Facets.Select(f => f.Id == facetId ? f with { Description = $"{f.Description} {addition}" } : f)]);
}
