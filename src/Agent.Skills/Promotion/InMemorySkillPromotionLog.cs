namespace SegmentAI.Skills.Promotion;

/// <summary>In-process promotion log, for tests and tools that keep nothing on disk.</summary>
public sealed class InMemorySkillPromotionLog : ISkillPromotionLog
{
    private readonly Lock _gate = new();
    private readonly List<SkillDecision> _decisions = [];

    /// <inheritdoc />
    public Task<SkillDecision> RecordAsync(SkillDecision decision, CancellationToken cancellationToken = default)
    {
        SkillDecisionRules.Validate(decision);
        lock (_gate)
        {
            var stored = decision with { Id = _decisions.Count + 1 };
            _decisions.Add(stored);
            return Task.FromResult(stored);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SkillDecision>> HistoryAsync(string skillId, string? tenantId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<SkillDecision> history = _decisions
                .Where(d => d.SkillId == skillId && (tenantId is null || d.Scope.IsGlobal || d.Scope.TenantId == tenantId))
                .OrderByDescending(d => d.At).ThenByDescending(d => d.Id).ToList();
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    public Task<string?> ActiveVersionAsync(string skillId, PromotionScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        lock (_gate)
        {
            var last = _decisions
                .Where(d => d.SkillId == skillId && d.Scope == scope && d.Kind != DecisionKind.Rejected)
                .OrderByDescending(d => d.At).ThenByDescending(d => d.Id).FirstOrDefault();
            return Task.FromResult(last?.ToVersion);
        }
    }
}
