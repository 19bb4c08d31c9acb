using Microsoft.Extensions.Options;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Api;

/// <summary>
/// Identifies callers by the <c>X-SegmentAI-Tenant</c> and <c>X-SegmentAI-User</c> headers: the user must be
/// enrolled in that tenant (by id, Teams object id or Slack id), and acts as that tenant user, with their role from
/// tenant.yaml, whichever alias they were named by. With <see cref="ApiAuthentication.Proxy"/> nothing counts
/// without the proxy's key. A body's claim (a chat message's tenant and user) stands for missing headers in
/// <see cref="ApiAuthentication.Headers"/> mode, and must agree with the headers whenever both are given.
/// </summary>
internal sealed class HeaderApiCallerResolver(TenantDirectory tenants, IOptions<ApiOptions> options) : IApiCallerResolver
{
    public ValueTask<ApiCallerResolution> ResolveAsync(HttpContext context, ApiCallerClaim? claim = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Resolve(context.Request.Headers, claim));
    }

    private ApiCallerResolution Resolve(IHeaderDictionary headers, ApiCallerClaim? claim)
    {
        var settings = options.Value;
        var proxied = settings.Authentication == ApiAuthentication.Proxy;
        if (proxied && !ProxyKey.IsPresent(headers, settings.ProxyKey))
        {
            return ApiCallerResolution.Refuse(ApiProblems.Unauthenticated(
                $"This API accepts requests only through its authenticating proxy. Call it through the proxy, which sets {ApiProblems.ProxyKeyHeader}."));
        }

        var tenantId = headers[ApiProblems.TenantHeader].ToString().Trim();
        var userId = headers[ApiProblems.UserHeader].ToString().Trim();

        // Behind the proxy only its headers say who the caller is; a body cannot stand in for them.
        if (!proxied && claim is not null)
        {
            tenantId = tenantId.Length == 0 ? claim.Tenant.Trim() : tenantId;
            userId = userId.Length == 0 ? claim.User.Trim() : userId;
        }

        if (tenantId.Length == 0 || userId.Length == 0)
        {
            var missing = string.Join(" and ", new[] { (ApiProblems.TenantHeader, tenantId), (ApiProblems.UserHeader, userId) }.Where(h => h.Item2.Length == 0).Select(h => h.Item1));
            return ApiCallerResolution.Refuse(ApiProblems.Unauthenticated(
                $"The request has no {missing} header. Send the tenant id and your user id (as enrolled in tenant.yaml) in {ApiProblems.TenantHeader} and {ApiProblems.UserHeader}."));
        }

        if (tenants.Find(tenantId) is not { } tenant)
        {
            return ApiCallerResolution.Refuse(ApiProblems.UnknownTenant(
                $"No tenant '{tenantId}' is configured. Set {ApiProblems.TenantHeader} to one of: {string.Join(", ", tenants.Tenants.Select(t => t.Id))}."));
        }

        if (tenant.Config.FindEnrolled(userId) is not { } user)
        {
            return ApiCallerResolution.Refuse(ApiProblems.NotEnrolled(
                $"User '{userId}' is not enrolled in {tenant.Config.DisplayName}. Ask an admin of {tenant.Config.DisplayName} to add you to its tenant.yaml, or use the tenant you are enrolled in."));
        }

        if (claim is not null && !Agrees(claim, tenant, user))
        {
            return ApiCallerResolution.Refuse(ApiProblems.Forbidden(
                $"You are signed in as {user.Id} of {tenant.Id}, but the request is written as '{claim.User}' of '{claim.Tenant}'. Send it as yourself."));
        }

        return ApiCallerResolution.Admit(new ApiCaller(tenant, user.Id, user.Role));
    }

    private static bool Agrees(ApiCallerClaim claim, Tenant tenant, TenantUser user) =>
        string.Equals(claim.Tenant.Trim(), tenant.Id, StringComparison.Ordinal)
        && tenant.Config.FindEnrolled(claim.User.Trim()) is { } claimed
        && string.Equals(claimed.Id, user.Id, StringComparison.Ordinal);
}
