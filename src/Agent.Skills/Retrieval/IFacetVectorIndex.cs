namespace SegmentAI.Skills.Retrieval;

/// <summary>A vector store of facet and value embeddings, one isolated collection per tenant.</summary>
public interface IFacetVectorIndex
{
    /// <summary>Inserts or replaces records (matched by tenant and <see cref="FacetVectorRecord.Key"/>).</summary>
    Task UpsertAsync(IReadOnlyList<FacetVectorRecord> records, CancellationToken cancellationToken = default);

    /// <summary>The closest records of the query's tenant, kind and facet, best first.</summary>
    Task<IReadOnlyList<FacetVectorHit>> SearchAsync(FacetVectorQuery query, CancellationToken cancellationToken = default);
}
