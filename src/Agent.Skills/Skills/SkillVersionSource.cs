namespace SegmentAI.Skills.Skills;

/// <summary>Why a tenant gets the version of a skill it gets; shown when someone asks "why this version?".</summary>
public enum SkillVersionSource
{
    /// <summary>The globally active version.</summary>
    Active,

    /// <summary>A per-tenant pin in the active-version store (manifest).</summary>
    ManifestPin,

    /// <summary>The tenant's own <c>skill_overrides.&lt;skill&gt;.version</c> in tenant.yaml.</summary>
    TenantPin,
}
