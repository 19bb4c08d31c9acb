namespace SegmentAI.Skills.Retrieval;

/// <summary>A nearest-neighbour search within one tenant's records.</summary>
/// <param name="TenantId">Tenant to search; records of other tenants are never returned.</param>
/// <param name="Vector">Query embedding.</param>
/// <param name="Kind">Only records of this kind.</param>
/// <param name="FacetId">Only records of this facet, when set (e.g. the values of one facet).</param>
/// <param name="Top">Maximum number of hits.</param>
public sealed record FacetVectorQuery(string TenantId, ReadOnlyMemory<float> Vector, FacetRecordKind Kind, string? FacetId = null, int Top = 10);
