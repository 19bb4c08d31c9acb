using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web.Widget;

/// <summary>
/// The local demo login: the visitor picks a tenant and any user enrolled in it, with no password. Fine for a
/// laptop or a demo; anyone who can reach the host can chat as anyone enrolled, so it says so on screen.
/// </summary>
internal sealed class DemoWidgetLogin(TenantDirectory tenants) : IWidgetLogin
{
    public const string SchemeName = "demo";

    public string Scheme => SchemeName;

    public Task<WidgetLoginScreen> DescribeAsync(HttpContext context, string? tenantId, CancellationToken cancellationToken = default)
    {
        var offered = tenants.Tenants
            .Where(t => tenantId is null || string.Equals(t.Id, tenantId, StringComparison.Ordinal))
            .Select(t => new WidgetLoginTenant(t.Id, t.Config.DisplayName, t.Config.Entity.Noun, [.. t.Config.Users.Select(WidgetLoginUser.From)]))
            .ToList();
        return Task.FromResult(new WidgetLoginScreen(
            SchemeName,
            "Demo login",
            "Demo only: pick any enrolled user, no password is asked. Set Widget:Login to a real identity provider before going live.",
            offered));
    }

    // Enrollment is checked by the engine, which refuses users the tenant does not list.
    public Task<string?> IdentifyAsync(HttpContext context, string claimedUserId, CancellationToken cancellationToken = default) =>
        Task.FromResult<string?>(claimedUserId);
}
