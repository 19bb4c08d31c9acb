using SegmentAI.Host.Web.Widget;


namespace SegmentAI.Host.Tests.Widget;

/// <summary>
/// A login behind an authenticating reverse proxy, which signs people in and passes who they are in a header:
/// the visitor may chat only as that user.
/// </summary>
internal sealed class ProxyHeaderLogin : IWidgetLogin
{
    public const string Header = "X-Forwarded-User";

    public string Scheme => "proxy";

    public Task<WidgetLoginScreen> DescribeAsync(HttpContext context, string? tenantId, CancellationToken cancellationToken = default)
    {
        var user = context.Request.Headers[Header].ToString();
        IReadOnlyList<WidgetLoginTenant> tenants = user.Length == 0
            ? []
            : [new WidgetLoginTenant("acme-retail", "Acme Retail", "customers", [new WidgetLoginUser(user, user, "marketer")])];
        return Task.FromResult(new WidgetLoginScreen(Scheme, "Signed in", "Signed in by the proxy.", tenants));
    }

    public Task<string?> IdentifyAsync(HttpContext context, string claimedUserId, CancellationToken cancellationToken = default)
    {
        var user = context.Request.Headers[Header].ToString();
        return Task.FromResult<string?>(user.Length > 0 && user == claimedUserId ? user : null);
    }
}
