namespace SegmentAI.Skills.Tenants;

/// <summary>A named role and what it may do.</summary>
/// <param name="Name">Role name (admin, marketer, viewer).</param>
/// <param name="Permissions">Granted permissions.</param>
public sealed record TenantRole(string Name, IReadOnlySet<TenantPermission> Permissions)
{
    /// <summary>True when the role grants <paramref name="permission"/>.</summary>
    public bool Allows(TenantPermission permission) => Permissions.Contains(permission);
}
