namespace SegmentAI.Skills.Promotion;

/// <summary>
/// Long-term record of every promotion, rejection and rollback of skill versions: the history an admin reads and
/// what a rollback goes back to.
/// </summary>
public interface ISkillPromotionLog
{
    /// <summary>
    /// Records <paramref name="decision"/> after <c>SkillDecisionRules.Validate</c> and returns it with its id;
    /// an invalid decision throws <see cref="ArgumentException"/> and nothing is written.
    /// </summary>
    Task<SkillDecision> RecordAsync(SkillDecision decision, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decisions about <paramref name="skillId"/> that <paramref name="tenantId"/> may see, newest first: the global
    /// ones and the tenant's own; with a null tenant, every decision.
    /// </summary>
    Task<IReadOnlyList<SkillDecision>> HistoryAsync(string skillId, string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version the log last made live in <paramref name="scope"/> (the newest promotion or rollback there), or
    /// null when the log made none there or the last rollback removed the tenant's pin.
    /// </summary>
    Task<string?> ActiveVersionAsync(string skillId, PromotionScope scope, CancellationToken cancellationToken = default);
}
