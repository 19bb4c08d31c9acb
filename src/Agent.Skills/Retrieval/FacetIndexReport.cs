namespace SegmentAI.Skills.Retrieval;

/// <summary>What <see cref="FacetIndexBuilder"/> indexed for a tenant.</summary>
/// <param name="TenantId">Tenant indexed.</param>
/// <param name="Facets">Facet records upserted.</param>
/// <param name="Values">Value records upserted.</param>
/// <param name="Batches">Upsert batches sent (each embedded first, unless the embeddings came from the store).</param>
/// <param name="Skipped">Facets left out because they are PII, restricted or not allowed for the tenant.</param>
public sealed record FacetIndexReport(string TenantId, int Facets, int Values, int Batches, IReadOnlyList<string> Skipped)
{
    /// <summary>True when the vectors were read from the catalog embedding store instead of embedded.</summary>
    public bool EmbeddingsFromStore { get; init; }
}
