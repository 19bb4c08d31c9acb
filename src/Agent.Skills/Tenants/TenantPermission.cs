namespace SegmentAI.Skills.Tenants;

/// <summary>What a role allows.</summary>
public enum TenantPermission
{
    /// <summary>See segments and ask questions.</summary>
    View,

    /// <summary>Create segments.</summary>
    Create,

    /// <summary>Edit segments.</summary>
    Edit,

    /// <summary>Delete segments.</summary>
    Delete,

    /// <summary>Promote or roll back skill versions.</summary>
    PromoteSkills,

    /// <summary>Administer users and their data (e.g. right to be forgotten).</summary>
    ManageUsers,
}
