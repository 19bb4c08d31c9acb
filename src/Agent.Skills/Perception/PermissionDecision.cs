using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>Whether a user may do what a message asks, and if not, a polite explanation.</summary>
/// <param name="Allowed">True when the user may go ahead.</param>
/// <param name="Required">The permission the intent needs.</param>
/// <param name="Role">The role the user acts with, or null when they have none in this tenant.</param>
/// <param name="Denial">Why not, when not allowed.</param>
/// <param name="Message">What to tell the user, when not allowed.</param>
public sealed record PermissionDecision(bool Allowed, TenantPermission Required, string? Role, PermissionDenial? Denial, string? Message)
{
    /// <summary>The user may go ahead with <paramref name="role"/>.</summary>
    public static PermissionDecision Allow(TenantPermission required, string role) => new(true, required, role, null, null);

    /// <summary>The user may not go ahead.</summary>
    public static PermissionDecision Deny(TenantPermission required, string? role, PermissionDenial denial, string message) =>
        new(false, required, role, denial, message);
}
