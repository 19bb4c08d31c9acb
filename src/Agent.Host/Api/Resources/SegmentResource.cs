using System.Text.Json;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Host.Api.Resources;

/// <summary>A saved segment as the REST API shows it.</summary>
/// <param name="Id">Segment id, unique within the tenant.</param>
/// <param name="Tenant">Tenant.</param>
/// <param name="Name">Name, unique within the tenant (case-insensitive).</param>
/// <param name="Owner">User who saved it.</param>
/// <param name="Version">1 when first saved, +1 on every change.</param>
/// <param name="CreatedAt">First saved.</param>
/// <param name="UpdatedAt">Last changed.</param>
/// <param name="ChangedBy">The user who made the current version.</param>
/// <param name="Origin">The conversation turn that saved it; null when saved through this API.</param>
/// <param name="Definition">The segment definition (schemas/segment-definition.schema.json).</param>
internal sealed record SegmentResource(
    string Id,
    string Tenant,
    string Name,
    string Owner,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? ChangedBy,
    SegmentOriginResource? Origin,
    JsonElement Definition)
{
    public static SegmentResource From(SavedSegment segment) => new(
        segment.Id,
        segment.TenantId,
        segment.Name,
        segment.OwnerId,
        segment.Version,
        segment.CreatedAt,
        segment.UpdatedAt,
        segment.ChangedBy,
        SegmentOriginResource.From(segment.Origin),
        JsonDocument.Parse(SegmentJson.Serialize(segment.Definition)).RootElement.Clone());
}
