namespace SegmentAI.Skills.Memory;

/// <summary>A segment that worked (it was saved), with the words that asked for it.</summary>
/// <param name="TenantId">Tenant.</param>
/// <param name="UserId">Who built it (a personal field: erased on request).</param>
/// <param name="Request">The request that produced it.</param>
/// <param name="SegmentName">Name it was saved under.</param>
/// <param name="SegmentId">Saved segment id.</param>
/// <param name="DefinitionJson">The definition.</param>
/// <param name="At">When it was saved.</param>
public sealed record SegmentPattern(string TenantId, string UserId, string Request, string SegmentName, string SegmentId, string DefinitionJson, DateTimeOffset At);
