using Microsoft.Extensions.Caching.Hybrid;

namespace SegmentAI.Skills.Retrieval.Caching;

/// <summary>
/// Caches the hits of facet searches in a <see cref="HybridCache"/>: a bounded in-process L1, and Redis as L2 when
/// configured so that hosts share entries. Concurrent lookups of one key run one search (stampede protection).
/// </summary>
/// <remarks>
/// The cache sits in <see cref="FacetRetriever"/> around "embed the phrase, then search", not in a decorator of
/// <see cref="IFacetVectorIndex"/>: the retriever knows the phrase, the tenant's catalog and the embedding model,
/// so a hit skips the embedding as well as the search, and the key can carry a fingerprint of the catalog that is
/// the same on every host. A decorator of the index sees only a tenant id and a vector, so every hit would still
/// pay for an embedding, and it could not tell a rebuilt catalog from the old one without the index reporting
/// versions it does not have.
/// </remarks>
public sealed class FacetSearchCache
{
    private readonly HybridCache _cache;
    private readonly RetrievalCounters _counters;
    private readonly HybridCacheEntryOptions _entryOptions;

    /// <summary>Caches in <paramref name="cache"/> for <paramref name="expiration"/>, counting into <paramref name="counters"/>.</summary>
    public FacetSearchCache(HybridCache cache, RetrievalCounters counters, TimeSpan expiration)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expiration, TimeSpan.Zero);
        _cache = cache;
        _counters = counters;
        _entryOptions = new HybridCacheEntryOptions { Expiration = expiration, LocalCacheExpiration = expiration };
    }

    /// <summary>
    /// The cached hits for <paramref name="key"/>, or those of <paramref name="search"/>, which are then cached.
    /// Failed searches are not cached and count as neither hit nor miss (the retriever counts them as fallbacks).
    /// </summary>
    public async Task<IReadOnlyList<FacetVectorHit>> GetOrSearchAsync(
        FacetSearchKey key,
        Func<CancellationToken, Task<IReadOnlyList<FacetVectorHit>>> search,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(search);
        var searched = false;
        var cached = await _cache.GetOrCreateAsync(
            key.CacheKey,
            async token =>
            {
                searched = true;
                return new CachedFacetHits(await search(token).ConfigureAwait(false));
            },
            _entryOptions,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        _counters.RecordFacetSearchLookup(hit: !searched);
        return cached.Hits;
    }
}
