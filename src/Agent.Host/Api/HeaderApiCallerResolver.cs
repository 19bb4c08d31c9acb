using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Api;

/// <summary>
/// Identifies callers by the <c>X-SegmentAI-Tenant</c> and <c>X-SegmentAI-User</c> headers: the user must be
/// enrolled in that tenant (by id, Teams object id or Slack id), and acts with their role from tenant.yaml. With
/// <see cref="ApiAuthentication.Proxy"/> the headers count only with the proxy's key.
/// </summary>
internal sealed class HeaderApiCallerResolver(TenantDirectory tenants, IOptions<ApiOptions> options) : IApiCallerResolver
{
    public ValueTask<ApiCallerResolution> ResolveAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Resolve(context.Request.Headers));
    }

    private ApiCallerResolution Resolve(IHeaderDictionary headers)
    {
        var settings = options.Value;
        if (settings.Authentication == ApiAuthentication.Proxy && !FromProxy(headers, settings.ProxyKey))
        {
            return ApiCallerResolution.Refuse(ApiProblems.Unauthenticated(
                $"This API accepts requests only through its authenticating proxy. Call it through the proxy, which sets {ApiProblems.ProxyKeyHeader}."));
        }

        var tenantId = headers[ApiProblems.TenantHeader].ToString().Trim();
        var userId = headers[ApiProblems.UserHeader].ToString().Trim();
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

        var user = tenant.Config.FindUser(userId)
            ?? tenant.Config.Users.FirstOrDefault(u => string.Equals(u.TeamsAadObjectId, userId, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.SlackUserId, userId, StringComparison.Ordinal));
        if (user is null)
        {
            return ApiCallerResolution.Refuse(ApiProblems.NotEnrolled(
                $"User '{userId}' is not enrolled in {tenant.Config.DisplayName}. Ask an admin of {tenant.Config.DisplayName} to add you to its tenant.yaml, or use the tenant you are enrolled in."));
        }

        return ApiCallerResolution.Admit(new ApiCaller(tenant, user.Id, user.Role));
    }

    // Constant time, so the key cannot be guessed from how long a wrong one takes to be refused.
    private static bool FromProxy(IHeaderDictionary headers, string? expected)
    {
        var given = headers[ApiProblems.ProxyKeyHeader].ToString();
        return !string.IsNullOrEmpty(expected)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
    }
}
