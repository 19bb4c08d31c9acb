using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Microsoft.Extensions.AI's <see cref="DistributedCachingEmbeddingGenerator{TInput, TEmbedding}"/> for query
/// phrases, counting hits and misses into <see cref="RetrievalCounters"/>. Keys carry the provider, model id and
/// dimensions of the generator it wraps, so a change of model never reads another model's vectors; entries expire
/// (the base class stores them forever); a store that fails is a miss, never a failed retrieval.
/// </summary>
internal sealed partial class CountingDistributedCachingEmbeddingGenerator : DistributedCachingEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Expiration used unless <see cref="Expiration"/> is set.</summary>
    public static readonly TimeSpan DefaultExpiration = TimeSpan.FromHours(24);

    private readonly IDistributedCache _storage;
    private readonly RetrievalCounters _counters;
    private readonly ILogger _logger;

    /// <summary>Caches the embeddings of <paramref name="innerGenerator"/> in <paramref name="storage"/>.</summary>
    public CountingDistributedCachingEmbeddingGenerator(
        IEmbeddingGenerator<string, Embedding<float>> innerGenerator,
        IDistributedCache storage,
        RetrievalCounters counters,
        ILogger? logger = null)
        : base(innerGenerator, storage)
    {
        ArgumentNullException.ThrowIfNull(counters);
        _storage = storage;
        _counters = counters;
        _logger = logger ?? NullLogger.Instance;
        var metadata = innerGenerator.GetService<EmbeddingGeneratorMetadata>();
        CacheKeyAdditionalValues = [$"{metadata?.ProviderName}/{metadata?.DefaultModelId}/{metadata?.DefaultModelDimensions}"];
    }

    /// <summary>How long an embedding stays in the store.</summary>
    public TimeSpan Expiration { get; set; } = DefaultExpiration;

    /// <inheritdoc />
    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values as IList<string> ?? values.ToList();

        // Catalog batches are embedded once per index build; caching them would fill the store with texts that no
        // query repeats and blur the hit rate, which is about what users type.
        return list.Count == 1
            ? base.GenerateAsync(list, options, cancellationToken)
            : InnerGenerator.GenerateAsync(list, options, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<Embedding<float>?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        Embedding<float>? cached;
        try
        {
            cached = await base.ReadCacheAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An unreachable store or a damaged entry costs one embedding, not the retrieval.
            LogStoreFailed(_logger, "read", e);
            cached = null;
        }

        _counters.RecordEmbeddingLookup(hit: cached is not null);
        return cached;
    }

    /// <inheritdoc />
    protected override async Task WriteCacheAsync(string key, Embedding<float> value, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.GetTypeInfo(typeof(Embedding<float>)));
        try
        {
            await _storage.SetAsync(key, json, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Expiration }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(_logger, "write", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding cache {Operation} failed; the phrase is embedded without the cache")]
    private static partial void LogStoreFailed(ILogger logger, string operation, Exception exception);
}
