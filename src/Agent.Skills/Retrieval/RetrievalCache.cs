using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// The stores behind retrieval caching, owned here so that they are sized and expired for retrieval whatever else
/// the host caches: a size-limited in-process memory cache (L1 of the facet searches) and a distributed store for
/// query embeddings that is also the facet searches' L2. The distributed store is a size-limited in-process
/// <see cref="MemoryDistributedCache"/> unless <see cref="RetrievalCacheOptions.Redis"/> is set; then it is Redis,
/// under a key prefix per environment.
/// </summary>
public sealed class RetrievalCache : IDisposable
{
    private readonly RetrievalCounters _counters;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly MemoryCache? _local;
    private readonly ServiceProvider? _hybridServices;

    private RetrievalCache(
        RetrievalCacheOptions options,
        RetrievalCounters counters,
        ILoggerFactory? loggerFactory,
        MemoryCache? local = null,
        IDistributedCache? store = null,
        ServiceProvider? hybridServices = null,
        FacetSearchCache? facetSearches = null,
        string? redisKeyPrefix = null)
    {
        Options = options;
        _counters = counters;
        _loggerFactory = loggerFactory;
        _local = local;
        EmbeddingStore = store;
        _hybridServices = hybridServices;
        FacetSearches = facetSearches;
        RedisKeyPrefix = redisKeyPrefix;
    }

    /// <summary>The settings the stores were made with.</summary>
    public RetrievalCacheOptions Options { get; }

    /// <summary>Where query embeddings are cached; null when caching is off.</summary>
    public IDistributedCache? EmbeddingStore { get; }

    /// <summary>The facet-search cache; null when caching is off.</summary>
    public FacetSearchCache? FacetSearches { get; }

    /// <summary>The prefix of this environment's Redis keys; null without Redis.</summary>
    public string? RedisKeyPrefix { get; }

    /// <summary>Entries and bytes held by the in-process L1 of the facet searches, for tests and diagnostics.</summary>
    internal MemoryCacheStatistics? LocalStatistics => _local?.GetCurrentStatistics();

    /// <summary>Creates the stores <paramref name="options"/> asks for; nothing when caching is off.</summary>
    public static RetrievalCache Create(RetrievalCacheOptions options, RetrievalCounters counters, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(counters);
        if (!options.Enabled)
        {
            return new RetrievalCache(options, counters, loggerFactory);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.LocalSizeLimit, 1);
        var redisKeyPrefix = string.IsNullOrWhiteSpace(options.Redis) ? null : RedisPrefix(options);
        var local = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.LocalSizeLimit, TrackStatistics = true });
        IDistributedCache store = redisKeyPrefix is null
            ? new MemoryDistributedCache(Microsoft.Extensions.Options.Options.Create(new MemoryDistributedCacheOptions { SizeLimit = options.LocalSizeLimit }))
            : new RedisCache(Microsoft.Extensions.Options.Options.Create(new RedisCacheOptions { ConfigurationOptions = RedisConfiguration(options.Redis!), InstanceName = redisKeyPrefix }));

        // HybridCache is only made through dependency injection; a private container keeps its L1 and L2 these
        // stores rather than whatever memory or distributed cache the host registers for other purposes.
        var services = new ServiceCollection().AddSingleton<IMemoryCache>(local);
        if (redisKeyPrefix is not null)
        {
            services.AddSingleton(store);
        }

        if (loggerFactory is not null)
        {
            services.AddSingleton(loggerFactory);
        }

        services.AddHybridCache();
        var hybridServices = services.BuildServiceProvider();
        var facetSearches = new FacetSearchCache(hybridServices.GetRequiredService<HybridCache>(), counters, options.Expiration);
        return new RetrievalCache(options, counters, loggerFactory, local, store, hybridServices, facetSearches, redisKeyPrefix);
    }

    /// <summary>
    /// <paramref name="inner"/> behind the embedding cache (entries expiring after
    /// <see cref="RetrievalCacheOptions.EmbeddingExpiration"/>), or <paramref name="inner"/> itself when caching is
    /// off or not worth it (see <see cref="RetrievalCacheOptions.CacheEmbeddings"/>).
    /// </summary>
    public IEmbeddingGenerator<string, Embedding<float>> CacheEmbeddings(IEmbeddingGenerator<string, Embedding<float>> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var worthIt = Options.CacheEmbeddings ?? inner.GetService<HashedNgramEmbeddingGenerator>() is null;
        return EmbeddingStore is null || !worthIt
            ? inner
            : new CountingDistributedCachingEmbeddingGenerator(inner, EmbeddingStore, _counters, _loggerFactory?.CreateLogger<CountingDistributedCachingEmbeddingGenerator>())
            {
                Expiration = Options.EmbeddingExpiration,
            };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hybridServices?.Dispose();
        (EmbeddingStore as IDisposable)?.Dispose();
        _local?.Dispose();
    }

    // A cache that is down must cost a miss, not a wait: by default a command sent while Redis is unreachable queues
    // until its time-out (seconds), longer than a retrieval's whole vector budget. Failing fast keeps retrieval on
    // the vector path while the connection is re-established in the background.
    private static ConfigurationOptions RedisConfiguration(string connectionString)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }

    private static string RedisPrefix(RetrievalCacheOptions options)
    {
        var environment = options.Environment
            ?? System.Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? System.Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return $"{options.KeyPrefix}{environment}:retrieval:";
    }
}
