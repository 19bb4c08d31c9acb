
namespace SegmentAI.Skills.Retrieval;

/// <summary>Retrieval settings, bound from <c>SegmentAI:Retrieval</c>. Empty endpoints mean the embedded defaults.</summary>
internal sealed class RetrievalOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "SegmentAI:Retrieval";

    /// <summary>The embedder used when <see cref="Embedder"/> is unset and no embeddings endpoint is configured.</summary>
    public const EmbedderKind DefaultEmbedder = EmbedderKind.MiniLm;

    /// <summary>
    /// Which embedding generator to use. Unset means the OpenAI-compatible endpoint when <see cref="Embeddings"/>
    /// names one, else <see cref="DefaultEmbedder"/>.
    /// </summary>
    public EmbedderKind? Embedder { get; set; }

    /// <summary>An OpenAI-compatible embeddings endpoint, used when <see cref="Embedder"/> selects it (or is unset and this is set).</summary>
    public OpenAiCompatibleEmbeddingOptions Embeddings { get; set; } = new();

    /// <summary>Settings of the in-process MiniLM model.</summary>
    public MiniLmEmbeddingOptions MiniLm { get; set; } = new();

    /// <summary>Where catalog embeddings are kept between runs.</summary>
    public CatalogEmbeddingCacheOptions CatalogCache { get; set; } = new();

    /// <summary>A Qdrant server; the in-memory index when no endpoint is set.</summary>
    public QdrantOptions Qdrant { get; set; } = new();

    /// <summary>Threshold and vector budget of the retriever.</summary>
    public FacetRetrieverOptions Retriever { get; set; } = new();

    /// <summary>Caching of facet searches and query embeddings: on and in process by default, shared through Redis when configured.</summary>
    public RetrievalCacheOptions Cache { get; set; } = new();
}
