using System.Text.Json.Serialization;

namespace SegmentAI.Skills.Behaviour;

/// <summary>The behavioural personas of a tenant's users over a window, with everything needed to trust or reproduce them.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Start">First day of the window.</param>
/// <param name="End">Day after the window's last day.</param>
/// <param name="Users">Users with at least one event in the window (the ones clustered).</param>
/// <param name="Stability">Mean adjusted Rand index between the clusters and reruns on subsamples with other seeds.</param>
/// <param name="Stable">False when <paramref name="Stability"/> is below the threshold and the personas should not be relied on.</param>
/// <param name="Personas">The personas, largest first.</param>
/// <param name="Assignments">Each user's persona name.</param>
/// <param name="DropOffDefinition">What "dropped off" means in these numbers.</param>
public sealed record PersonaAnalysis(
    string TenantId, DateOnly Start, DateOnly End, int Users, double Stability, bool Stable,
    IReadOnlyList<PersonaSummary> Personas, IReadOnlyDictionary<string, string> Assignments, string DropOffDefinition)
{
    /// <summary>
    /// How long each phase took, in order. Left out of JSON: it differs on every run, and the analysis itself must not.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<PersonaAnalysisPhase> Phases { get; init; } = [];
}
