namespace SegmentAI.Skills.Retrieval;

/// <summary>One embedded facet or facet value of a tenant's catalog, as stored in a vector index.</summary>
/// <param name="TenantId">Tenant that owns the record; indexes never mix tenants.</param>
/// <param name="Kind">Facet or value.</param>
/// <param name="FacetId">The facet (for a value, the facet it belongs to).</param>
/// <param name="Value">The exact catalog value, for value records.</param>
/// <param name="Text">The text that was embedded.</param>
/// <param name="Vector">The embedding of <paramref name="Text"/>.</param>
public sealed record FacetVectorRecord(string TenantId, FacetRecordKind Kind, string FacetId, string? Value, string Text, ReadOnlyMemory<float> Vector)
{
    /// <summary>A key unique within the tenant: kind, facet and value.</summary>
    public string Key => Kind == FacetRecordKind.Facet ? $"facet:{FacetId}" : $"value:{FacetId}:{Value}";
}
