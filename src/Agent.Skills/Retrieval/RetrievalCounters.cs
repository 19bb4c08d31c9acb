using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Thread-safe counts of the expensive calls retrieval makes (embedding batches, embedded texts, vector searches,
/// fallbacks) and of how often the retrieval caches spared them, so tests, benchmarks and operators can see what
/// a request cost and what the caches are worth.
/// </summary>
public sealed class RetrievalCounters
{
    private long _embeddingCalls;
    private long _embeddedTexts;
    private long _vectorSearches;
    private long _fallbacks;
    private long _facetSearchCacheHits;
    private long _facetSearchCacheMisses;
    private long _embeddingCacheHits;
    private long _embeddingCacheMisses;

    /// <summary>Calls to the embedding generator.</summary>
    public long EmbeddingCalls => Interlocked.Read(ref _embeddingCalls);

    /// <summary>Texts embedded across all calls.</summary>
    public long EmbeddedTexts => Interlocked.Read(ref _embeddedTexts);

    /// <summary>Searches sent to the vector index.</summary>
    public long VectorSearches => Interlocked.Read(ref _vectorSearches);

    /// <summary>Retrievals answered by the lexical fallback because the vector path failed or timed out.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    /// <summary>Vector lookups answered by the facet-search cache, without embedding the phrase or searching the index.</summary>
    public long FacetSearchCacheHits => Interlocked.Read(ref _facetSearchCacheHits);

    /// <summary>Vector lookups the facet-search cache could not answer, so the phrase was embedded and the index searched.</summary>
    public long FacetSearchCacheMisses => Interlocked.Read(ref _facetSearchCacheMisses);

    /// <summary>Share of facet-search cache lookups that were hits, 0..1 (0 before the first lookup).</summary>
    public double FacetSearchCacheHitRate => Rate(FacetSearchCacheHits, FacetSearchCacheMisses);

    /// <summary>Query phrases whose embedding came from the embedding cache.</summary>
    public long EmbeddingCacheHits => Interlocked.Read(ref _embeddingCacheHits);

    /// <summary>Query phrases the embedding cache did not hold, so the generator embedded them.</summary>
    public long EmbeddingCacheMisses => Interlocked.Read(ref _embeddingCacheMisses);

    /// <summary>Share of embedding cache lookups that were hits, 0..1 (0 before the first lookup).</summary>
    public double EmbeddingCacheHitRate => Rate(EmbeddingCacheHits, EmbeddingCacheMisses);

    internal void RecordEmbedding(int texts)
    {
        Interlocked.Increment(ref _embeddingCalls);
        Interlocked.Add(ref _embeddedTexts, texts);
    }

    internal void RecordSearch() => Interlocked.Increment(ref _vectorSearches);

    internal void RecordFallback() => Interlocked.Increment(ref _fallbacks);

    internal void RecordFacetSearchLookup(bool hit)
    {
        Interlocked.Increment(ref hit ? ref _facetSearchCacheHits : ref _facetSearchCacheMisses);
        SegmentTelemetry.RecordCacheLookup("facet_search", hit);
    }

    internal void RecordEmbeddingLookup(bool hit)
    {
        Interlocked.Increment(ref hit ? ref _embeddingCacheHits : ref _embeddingCacheMisses);
        SegmentTelemetry.RecordCacheLookup("embedding", hit);
    }

    private static double Rate(long hits, long misses) => hits + misses == 0 ? 0 : (double)hits / (hits + misses);
}
