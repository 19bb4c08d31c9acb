namespace SegmentAI.Skills.Perception;

/// <summary>Why a user may not do what they asked.</summary>
public enum PermissionDenial
{
    /// <summary>The user is not enrolled in any tenant and unknown users are not trusted on this channel.</summary>
    NotEnrolled,

    /// <summary>The user is enrolled in a different tenant.</summary>
    OtherTenant,

    /// <summary>The user's role does not grant the permission.</summary>
    MissingPermission,
}
