namespace SegmentAI.Evals.Optimizer;

/// <summary>What one optimizer run works on.</summary>
/// <param name="SkillId">The skill to improve.</param>
/// <param name="Since">Oldest feedback and production query read.</param>
/// <param name="Candidates">Most candidate versions proposed.</param>
/// <param name="Seed">Seed of the train/validation/holdout split.</param>
/// <param name="TenantFilter">Only this tenant's cases, feedback and production queries, or null for all.</param>
/// <param name="PromoteBy">User recorded as promoting the best passing candidate; null only proposes it.</param>
internal sealed record OptimizerRequest(string SkillId, DateTimeOffset Since, int Candidates, int Seed, string? TenantFilter, string? PromoteBy)
{
    /// <summary>Candidates proposed when not told.</summary>
    public const int DefaultCandidates = 3;

    /// <summary>The split seed when not told.</summary>
    public const int DefaultSeed = 17;
}
