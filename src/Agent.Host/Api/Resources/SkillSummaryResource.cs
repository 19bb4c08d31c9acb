namespace SegmentAI.Host.Api.Resources;

/// <summary>A skill's live versions as the caller's tenant sees them, and the versions it could switch to.</summary>
/// <param name="Id">Skill id.</param>
/// <param name="ActiveVersion">The global active version (manifest <c>active</c>).</param>
/// <param name="TenantPin">The caller's tenant's pin in the manifest, if any.</param>
/// <param name="TenantOverrideVersion">The version the tenant's own tenant.yaml pins, which wins over both, if any.</param>
/// <param name="EffectiveVersion">The version the caller's tenant gets.</param>
/// <param name="Versions">Loaded versions, oldest first, with their gate and accuracy requirements.</param>
/// <param name="BrokenVersions">Version files that do not load.</param>
internal sealed record SkillSummaryResource(
    string Id,
    string? ActiveVersion,
    string? TenantPin,
    string? TenantOverrideVersion,
    string? EffectiveVersion,
    IReadOnlyList<SkillVersionResource> Versions,
    IReadOnlyList<string> BrokenVersions);
