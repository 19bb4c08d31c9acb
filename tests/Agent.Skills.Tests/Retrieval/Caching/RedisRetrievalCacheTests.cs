using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Tenants;
using StackExchange.Redis;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

/// <summary>The Redis second level against a real server: entries shared by hosts, expiring, under the environment's prefix.</summary>
public sealed class RedisRetrievalCacheTests : IAsyncLifetime
{
    private static readonly Tenant Acme = RetrievalSetup.Tenant("acme-retail");

    // A fresh environment per run keeps runs (and people sharing the server) apart.
    private readonly RetrievalCacheOptions _options = new()
    {
        Redis = TestRedis.ConnectionString,
        Environment = $"test-{Guid.NewGuid():N}",
        Expiration = TimeSpan.FromMinutes(10),
        EmbeddingExpiration = TimeSpan.FromMinutes(20),
    };

    private ConnectionMultiplexer _redis = null!;

    private string Prefix => $"segmentai:{_options.Environment}:retrieval:";

    public async Task InitializeAsync() => _redis = await TestRedis.ConnectAsync();

    [Fact]
    public async Task Two_hosts_share_facet_searches_and_embeddings_through_redis()
    {
        using var first = new CachedRetrievalHost(_options);
        using var second = new CachedRetrievalHost(_options);

        var searched = await first.Retriever.RetrieveFacetsAsync(Acme, "baby products");
        await WaitForKeyAsync("facet-search:");
        var shared = await second.Retriever.RetrieveFacetsAsync(Acme, "baby products");
        await second.Retriever.RetrieveValuesAsync(Acme, "department_purchased", "baby products");

        Assert.Equal(searched.Candidates, shared.Candidates);
        Assert.Equal(1, first.Counters.VectorSearches);
        Assert.Equal(1, second.Counters.FacetSearchCacheHits);
        // The value search was new to both hosts, but the phrase's embedding was already in Redis.
        Assert.Equal(1, second.Counters.VectorSearches);
        Assert.Equal(0, second.Counters.EmbeddingCalls);
        Assert.Equal(2, second.Counters.EmbeddingCacheHits);
    }

    [Fact]
    public async Task Redis_entries_expire_and_carry_the_environments_prefix()
    {
        using var host = new CachedRetrievalHost(_options);

        await host.Retriever.RetrieveFacetsAsync(Acme, "gold members");
        await WaitForKeyAsync("facet-search:");

        Assert.Equal(Prefix, host.Cache.RedisKeyPrefix);
        var keys = await TestRedis.KeysAsync(_redis, Prefix);
        Assert.Equal(2, keys.Count);
        foreach (var key in keys)
        {
            var ttl = await _redis.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.True(ttl is { } left && left > TimeSpan.Zero && left <= _options.EmbeddingExpiration, $"{key} expires in {ttl?.ToString() ?? "never"}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_redis is null)
        {
            return;
        }

        var keys = await TestRedis.KeysAsync(_redis, Prefix);
        if (keys.Count > 0)
        {
            await _redis.GetDatabase().KeyDeleteAsync([.. keys]);
        }

        await _redis.DisposeAsync();
    }

    // HybridCache writes L2 after handing the result back, so another host may look before the write lands.
    private async Task WaitForKeyAsync(string kind)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await TestRedis.KeysAsync(_redis, Prefix + kind)).Count > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"no {kind} entry appeared in Redis under {Prefix}");
    }
}
