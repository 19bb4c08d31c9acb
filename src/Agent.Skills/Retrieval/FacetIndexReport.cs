namespace SegmentAI.Skills.Retrieval;

/// <summary>What <see cref="FacetIndexBuilder"/> indexed for a tenant.</summary>
/// <param name="TenantId">Tenant indexed.</param>
/// <param name="Facets">Facet records upserted.</param>
/// <param name="Values">Value records upserted.</param>
/// <param name="Batches">Embedding-and-upsert batches sent.</param>
/// <param name="Skipped">Facets left out because they are PII, restricted or not allowed for the tenant.</param>
public sealed record FacetIndexReport(string TenantId, int Facets, int Values, int Batches, IReadOnlyList<string> Skipped);
