namespace SegmentAI.Host.Api.Resources;

/// <summary>Every skill with its live versions for the caller's tenant.</summary>
/// <param name="Tenant">The caller's tenant.</param>
/// <param name="Skills">Skills, by id.</param>
internal sealed record SkillListResource(string Tenant, IReadOnlyList<SkillSummaryResource> Skills);
