using SegmentAI.Evals.Suites;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Gates;

/// <summary>What one gate run judges.</summary>
/// <param name="Suite">The candidate's eval suite; both versions run it.</param>
/// <param name="Active">The live version.</param>
/// <param name="Candidate">The version judged; its <c>min_accuracy</c> is gate 1's threshold.</param>
/// <param name="TenantFilter">Only this tenant's cases and production queries, or null for all.</param>
/// <param name="ReplayTenants">Tenants whose production queries gate 3 replays.</param>
/// <param name="ReplaySince">Oldest production query replayed.</param>
/// <param name="ReplayLimit">Most recent production turns read per tenant.</param>
public sealed record GateRequest(
    EvalSuite Suite,
    Skill Active,
    Skill Candidate,
    string? TenantFilter,
    IReadOnlyList<string> ReplayTenants,
    DateTimeOffset ReplaySince,
    int ReplayLimit);
