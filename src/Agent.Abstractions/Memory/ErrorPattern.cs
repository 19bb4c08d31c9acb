namespace SegmentAI.Skills.Memory;

/// <summary>A kind of failure seen in production, counted, with its latest example.</summary>
/// <param name="TenantId">Tenant.</param>
/// <param name="SkillId">Skill that failed ("" when none was chosen).</param>
/// <param name="Kind">Reply kind of the failure (error, refusal, fallback).</param>
/// <param name="Problem">Normalized reason.</param>
/// <param name="Count">Times seen.</param>
/// <param name="Example">Latest message that hit it (a personal field: erased on request).</param>
/// <param name="LastSeen">When it was last seen.</param>
public sealed record ErrorPattern(string TenantId, string SkillId, string Kind, string Problem, int Count, string Example, DateTimeOffset LastSeen);
