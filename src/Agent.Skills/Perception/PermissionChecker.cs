using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// Decides whether a user may do what their message asks in a tenant. Users are found by id, Teams object id or
/// Slack id. A viewer may look but not create, edit or delete. A user enrolled in another tenant is always denied;
/// a user enrolled nowhere is denied unless the caller trusts unknown users (the CLI), who then act with the
/// tenant's default role.
/// </summary>
public sealed class PermissionChecker
{
    private readonly IReadOnlyList<TenantConfig> _allTenants;

    /// <summary>Creates a checker that knows every tenant, so a user of one tenant is recognized in another.</summary>
    /// <param name="allTenants">Every loaded tenant's configuration.</param>
    public PermissionChecker(IEnumerable<TenantConfig> allTenants)
    {
        ArgumentNullException.ThrowIfNull(allTenants);
        _allTenants = [.. allTenants];
    }

    /// <summary>Creates a checker over the tenants of a directory.</summary>
    public PermissionChecker(TenantDirectory directory)
        : this((directory ?? throw new ArgumentNullException(nameof(directory))).Tenants.Select(t => t.Config))
    {
    }

    /// <summary>The permission an intent needs. Answers, confirmations and feedback need only view here; the action they complete is checked when it runs.</summary>
    public static TenantPermission RequiredFor(Intent intent) =>
        intent == Intent.Create ? TenantPermission.Create
        : intent == Intent.Edit ? TenantPermission.Edit
        : intent == Intent.Delete ? TenantPermission.Delete
        : TenantPermission.View;

    /// <summary>Whether <paramref name="userId"/> may do <paramref name="intent"/> in <paramref name="tenant"/>.</summary>
    /// <param name="tenant">The tenant the message is for.</param>
    /// <param name="userId">User id, Teams AAD object id or Slack user id.</param>
    /// <param name="intent">What the message asks.</param>
    /// <param name="trustUnknownUsers">True for trusted local tools (the CLI): a user enrolled nowhere acts with the tenant's default role.</param>
    public PermissionDecision Check(TenantConfig tenant, string userId, Intent intent, bool trustUnknownUsers) =>
        Check(tenant, userId, RequiredFor(intent), trustUnknownUsers);

    /// <summary>Whether <paramref name="userId"/> holds <paramref name="required"/> in <paramref name="tenant"/>.</summary>
    /// <param name="tenant">The tenant the message is for.</param>
    /// <param name="userId">User id, Teams AAD object id or Slack user id.</param>
    /// <param name="required">The permission the action needs.</param>
    /// <param name="trustUnknownUsers">True for trusted local tools (the CLI): a user enrolled nowhere acts with the tenant's default role.</param>
    public PermissionDecision Check(TenantConfig tenant, string userId, TenantPermission required, bool trustUnknownUsers)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(userId);
        var user = Find(tenant, userId);
        string roleName;
        if (user is not null)
        {
            roleName = user.Role;
        }
        else if (_allTenants.FirstOrDefault(t => t.Id != tenant.Id && Find(t, userId) is not null) is { } home)
        {
            return PermissionDecision.Deny(required, null, PermissionDenial.OtherTenant,
                $"You're enrolled in {home.DisplayName}, not {tenant.DisplayName}, so I can't work with {tenant.DisplayName}'s segments for you.");
        }
        else if (trustUnknownUsers)
        {
            roleName = tenant.DefaultRole;
        }
        else
        {
            return PermissionDecision.Deny(required, null, PermissionDenial.NotEnrolled,
                $"You're not enrolled in {tenant.DisplayName} yet; ask {AdminRole(tenant)} of {tenant.DisplayName} to add you.");
        }

        if (tenant.Roles.TryGetValue(roleName, out var role) && role.Allows(required))
        {
            return PermissionDecision.Allow(required, roleName);
        }

        return PermissionDecision.Deny(required, roleName, PermissionDenial.MissingPermission, MissingPermissionMessage(tenant, role, roleName, required));
    }

    private static TenantUser? Find(TenantConfig tenant, string userId) => tenant.FindEnrolled(userId);

    private static string MissingPermissionMessage(TenantConfig tenant, TenantRole? role, string roleName, TenantPermission required)
    {
        var people = char.ToUpperInvariant(roleName[0]) + roleName[1..] + "s";
        var can = role is not null && role.Allows(TenantPermission.View) ? "can look at segments but not" : "cannot";
        var granting = tenant.Roles.Values.Where(r => r.Allows(required)).OrderBy(r => r.Permissions.Count).FirstOrDefault();
        var ask = granting is null
            ? $"no role of {tenant.DisplayName} allows that."
            : $"ask {AdminRole(tenant)} of {tenant.DisplayName} for the {granting.Name} role.";
        return $"{people} {can} {Verb(required)}; {ask}";
    }

    private static string Verb(TenantPermission permission) => permission switch
    {
        TenantPermission.Create => "create them",
        TenantPermission.Edit => "edit them",
        TenantPermission.Delete => "delete them",
        TenantPermission.View => "view them",
        TenantPermission.PromoteSkills => "promote skill versions",
        _ => "manage users",
    };

    private static string AdminRole(TenantConfig tenant)
    {
        var name = tenant.Roles.Values.FirstOrDefault(r => r.Allows(TenantPermission.ManageUsers))?.Name ?? "admin";
        return ("aeiou".Contains(char.ToLowerInvariant(name[0]), StringComparison.Ordinal) ? "an " : "a ") + name;
    }
}
