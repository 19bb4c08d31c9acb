namespace SegmentAI.Skills.Skills;

/// <summary>A skill could not be resolved for a tenant: unknown skill, missing version or an invalid override.</summary>
public sealed class SkillResolutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SkillResolutionException(string skillId, string tenantId, string message)
        : base(message)
    {
        SkillId = skillId;
        TenantId = tenantId;
    }

    /// <summary>The skill asked for.</summary>
    public string SkillId { get; }

    /// <summary>The tenant it was asked for.</summary>
    public string TenantId { get; }
}
