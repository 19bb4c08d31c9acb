namespace SegmentAI.Host.Api.Resources;

/// <summary>The caller's tenant's saved segments, most recently changed first.</summary>
/// <param name="Tenant">Tenant.</param>
/// <param name="Segments">The segments.</param>
internal sealed record SegmentListResource(string Tenant, IReadOnlyList<SegmentResource> Segments);
