using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Library;

/// <summary>A segment saved under a name in a tenant's library.</summary>
/// <param name="Id">Segment id.</param>
/// <param name="TenantId">Owning tenant.</param>
/// <param name="OwnerId">User who saved it.</param>
/// <param name="Name">Name, unique within the tenant (case-insensitive).</param>
/// <param name="Definition">The definition.</param>
/// <param name="Version">1 when first saved, +1 on every update.</param>
/// <param name="CreatedAt">First saved.</param>
/// <param name="UpdatedAt">Last changed.</param>
/// <param name="Status">Active, or deleted (only seen in the history).</param>
/// <param name="Origin">The conversation turn that last saved it; null when it was saved outside a conversation (the REST API).</param>
/// <param name="ChangedBy">The user who made this version (saved, updated, renamed, copied or deleted it); null for versions written before it was recorded.</param>
public sealed record SavedSegment(
    string Id,
    string TenantId,
    string OwnerId,
    string Name,
    SegmentDefinition Definition,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    SegmentStatus Status = SegmentStatus.Active,
    SegmentOrigin? Origin = null,
    string? ChangedBy = null);
