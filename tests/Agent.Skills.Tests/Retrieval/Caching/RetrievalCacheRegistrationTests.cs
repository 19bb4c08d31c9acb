using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

public sealed class RetrievalCacheRegistrationTests
{
    [Fact]
    public async Task Without_configuration_the_cache_is_on_and_in_process()
    {
        await using var services = Services([]);

        var cache = services.GetRequiredService<RetrievalCache>();

        Assert.True(cache.Options.Enabled);
        Assert.IsType<MemoryDistributedCache>(cache.EmbeddingStore);
        Assert.NotNull(cache.FacetSearches);
        Assert.Null(cache.RedisKeyPrefix);
    }

    [Fact]
    public async Task The_registered_retriever_answers_a_repeated_phrase_from_the_cache_and_embeds_it_once()
    {
        await using var services = Services([]);
        var retriever = services.GetRequiredService<FacetRetriever>();
        var counters = services.GetRequiredService<RetrievalCounters>();
        var acme = services.GetRequiredService<TenantDirectory>().Get("acme-retail");
        await services.GetRequiredService<FacetIndexBuilder>().BuildAsync(acme);
        var indexing = counters.EmbeddingCalls;

        await retriever.RetrieveFacetsAsync(acme, "gold members");
        await retriever.RetrieveFacetsAsync(acme, "gold members");
        await retriever.RetrieveValuesAsync(acme, "loyalty_tier", "gold members");

        Assert.Equal(1, counters.FacetSearchCacheHits);
        // MiniLM, the embedded default, costs milliseconds a phrase: its embeddings sit behind the cache, so the value
        // search's request for a phrase already embedded is answered by it.
        Assert.True(counters.EmbeddingCalls > indexing);
        Assert.True(counters.EmbeddingCacheHits >= 1);
    }

    [Fact]
    public async Task The_hashed_ngram_embedder_is_not_cached_because_it_embeds_faster_than_a_cache_reads()
    {
        await using var services = Services([new("SegmentAI:Retrieval:Embedder", "HashedNgram")]);
        var retriever = services.GetRequiredService<FacetRetriever>();
        var counters = services.GetRequiredService<RetrievalCounters>();
        var acme = services.GetRequiredService<TenantDirectory>().Get("acme-retail");
        await services.GetRequiredService<FacetIndexBuilder>().BuildAsync(acme);
        var indexing = counters.EmbeddingCalls;

        await retriever.RetrieveFacetsAsync(acme, "gold members");
        await retriever.RetrieveFacetsAsync(acme, "gold members");

        Assert.Equal(1, counters.VectorSearches);
        Assert.Equal(1, counters.FacetSearchCacheHits);
        Assert.Equal(2, counters.EmbeddingCalls - indexing);
        Assert.Equal(0, counters.EmbeddingCacheHits + counters.EmbeddingCacheMisses);
    }

    [Fact]
    public async Task Embeddings_of_the_embedded_generator_are_cached_when_asked()
    {
        await using var services = Services([new("SegmentAI:Retrieval:Cache:CacheEmbeddings", "true")]);
        var retriever = services.GetRequiredService<FacetRetriever>();
        var counters = services.GetRequiredService<RetrievalCounters>();
        var acme = services.GetRequiredService<TenantDirectory>().Get("acme-retail");

        await retriever.RetrieveFacetsAsync(acme, "gold members");
        await retriever.RetrieveValuesAsync(acme, "loyalty_tier", "gold members");

        Assert.Equal(1, counters.EmbeddingCalls);
        Assert.Equal(1, counters.EmbeddingCacheHits);
    }

    [Fact]
    public async Task Disabled_in_configuration_nothing_is_cached()
    {
        await using var services = Services([new("SegmentAI:Retrieval:Cache:Enabled", "false")]);
        var retriever = services.GetRequiredService<FacetRetriever>();
        var counters = services.GetRequiredService<RetrievalCounters>();
        var acme = services.GetRequiredService<TenantDirectory>().Get("acme-retail");

        await retriever.RetrieveFacetsAsync(acme, "gold members");
        await retriever.RetrieveFacetsAsync(acme, "gold members");

        Assert.Null(services.GetRequiredService<RetrievalCache>().FacetSearches);
        Assert.Equal(2, counters.VectorSearches);
        Assert.Equal(2, counters.EmbeddingCalls);
        Assert.Equal(0, counters.FacetSearchCacheHits + counters.FacetSearchCacheMisses + counters.EmbeddingCacheHits + counters.EmbeddingCacheMisses);
    }

    [Fact]
    public async Task A_configured_redis_becomes_the_store_under_the_environments_prefix()
    {
        await using var services = Services(
        [
            new("SegmentAI:Retrieval:Cache:Redis", "127.0.0.1:6379"),
            new("SegmentAI:Retrieval:Cache:Environment", "Staging"),
            new("SegmentAI:Retrieval:Cache:Expiration", "00:30:00"),
        ]);

        var cache = services.GetRequiredService<RetrievalCache>();

        Assert.IsType<RedisCache>(cache.EmbeddingStore);
        Assert.Equal("segmentai:Staging:retrieval:", cache.RedisKeyPrefix);
        Assert.Equal(TimeSpan.FromMinutes(30), cache.Options.Expiration);
    }

    private static ServiceProvider Services(IEnumerable<KeyValuePair<string, string?>> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSegmentSkills()
            .BuildServiceProvider();
}
