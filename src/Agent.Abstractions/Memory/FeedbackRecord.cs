namespace SegmentAI.Skills.Memory;

/// <summary>One piece of explicit feedback or one implicit signal about a reply.</summary>
/// <param name="TenantId">Tenant.</param>
/// <param name="UserId">User (a personal field: erased on request).</param>
/// <param name="SessionId">Conversation.</param>
/// <param name="Turn">Turn of the reply it is about, when known.</param>
/// <param name="Kind">Rating or signal.</param>
/// <param name="Rating">1–5 for ratings.</param>
/// <param name="Comment">What the user said (a personal field: erased on request).</param>
/// <param name="SkillId">Skill that produced the reply.</param>
/// <param name="SkillVersion">Its version.</param>
/// <param name="At">When.</param>
public sealed record FeedbackRecord(
    string TenantId,
    string UserId,
    string SessionId,
    int? Turn,
    FeedbackKind Kind,
    int? Rating,
    string? Comment,
    string? SkillId,
    string? SkillVersion,
    DateTimeOffset At);
