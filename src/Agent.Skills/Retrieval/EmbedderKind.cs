namespace SegmentAI.Skills.Retrieval;

/// <summary>Which embedding generator retrieval uses (<c>SegmentAI:Retrieval:Embedder</c>).</summary>
internal enum EmbedderKind
{
    /// <summary>all-MiniLM-L6-v2 in process (<see cref="MiniLmEmbeddingGenerator"/>); the hashed n-grams if it cannot load.</summary>
    MiniLm,

    /// <summary>Hashed character and word n-grams (<see cref="HashedNgramEmbeddingGenerator"/>): lexical, instant, no model.</summary>
    HashedNgram,

    /// <summary>An OpenAI-compatible endpoint (the OpenAI SDK's embedding client), configured under <c>Embeddings</c>.</summary>
    OpenAiCompatible,
}
