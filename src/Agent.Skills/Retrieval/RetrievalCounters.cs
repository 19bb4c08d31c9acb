namespace SegmentAI.Skills.Retrieval;

/// <summary>
/// Thread-safe counts of the expensive calls retrieval makes (embedding batches, embedded texts, vector searches,
/// fallbacks), so tests and a future cache can see what a request cost.
/// </summary>
public sealed class RetrievalCounters
{
    private long _embeddingCalls;
    private long _embeddedTexts;
    private long _vectorSearches;
    private long _fallbacks;

    /// <summary>Calls to the embedding generator.</summary>
    public long EmbeddingCalls => Interlocked.Read(ref _embeddingCalls);

    /// <summary>Texts embedded across all calls.</summary>
    public long EmbeddedTexts => Interlocked.Read(ref _embeddedTexts);

    /// <summary>Searches sent to the vector index.</summary>
    public long VectorSearches => Interlocked.Read(ref _vectorSearches);

    /// <summary>Retrievals answered by the lexical fallback because the vector path failed or timed out.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    internal void RecordEmbedding(int texts)
    {
        Interlocked.Increment(ref _embeddingCalls);
        Interlocked.Add(ref _embeddedTexts, texts);
    }

    internal void RecordSearch() => Interlocked.Increment(ref _vectorSearches);

    internal void RecordFallback() => Interlocked.Increment(ref _fallbacks);
}
