using SegmentAI.Skills.Skills;

namespace SegmentAI.Evals.Hosting;

/// <summary>
/// The active versions with one skill pinned to a candidate version for every tenant, so a suite can run a version
/// that is not live without editing manifest.yaml. A tenant's own pin in tenant.yaml still wins, as it does live.
/// </summary>
internal sealed class PinnedSkillVersions(IActiveSkillVersions inner, string skillId, string version) : IActiveSkillVersions
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> SkillIds { get; } = inner.SkillIds.Contains(skillId) ? inner.SkillIds : [.. inner.SkillIds, skillId];

    /// <inheritdoc />
    public string? ActiveVersion(string skillId1) => skillId1 == skillId ? version : inner.ActiveVersion(skillId1);

    /// <inheritdoc />
    public string? PinnedVersion(string skillId1, string tenantId) => skillId1 == skillId ? version : inner.PinnedVersion(skillId1, tenantId);
}
