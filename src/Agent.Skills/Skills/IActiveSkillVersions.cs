namespace SegmentAI.Skills.Skills;

/// <summary>
/// Which version of each skill is live, globally and per tenant. Today a manifest file answers; promotion through
/// the eval gate will answer from a store behind the same contract.
/// </summary>
public interface IActiveSkillVersions
{
    /// <summary>Skills that have an active version.</summary>
    IReadOnlyCollection<string> SkillIds { get; }

    /// <summary>The version live for every tenant without a pin, or null when the skill is not active.</summary>
    string? ActiveVersion(string skillId);

    /// <summary>The version pinned for <paramref name="tenantId"/>, or null when the tenant follows the active one.</summary>
    string? PinnedVersion(string skillId, string tenantId);
}
