using SegmentAI.Skills.Retrieval.Caching;

namespace SegmentAI.Skills.Retrieval;

/// <summary>Retrieval settings, bound from <c>SegmentAI:Retrieval</c>. Empty endpoints mean the embedded defaults.</summary>
public sealed class RetrievalOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "SegmentAI:Retrieval";

    /// <summary>An OpenAI-compatible embeddings endpoint; the local hashed n-gram generator when no endpoint is set.</summary>
    public OpenAiCompatibleEmbeddingOptions Embeddings { get; set; } = new();

    /// <summary>A Qdrant server; the in-memory index when no endpoint is set.</summary>
    public QdrantOptions Qdrant { get; set; } = new();

    /// <summary>Threshold and vector budget of the retriever.</summary>
    public FacetRetrieverOptions Retriever { get; set; } = new();

    /// <summary>Caching of facet searches and query embeddings: on and in process by default, shared through Redis when configured.</summary>
    public RetrievalCacheOptions Cache { get; set; } = new();
}
