using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Api;

/// <summary>
/// With <c>Api:Authentication=Proxy</c>, nothing that shows or changes tenant data answers without the proxy's key:
/// every <c>/api/</c> route, the status page and the dashboards. The widget's static files and the health probes stay open, and the
/// Teams and Slack endpoints keep their own authentication (signed tokens and signatures from those services,
/// which never pass through the proxy).
/// </summary>
internal sealed class ProxyKeyGate(RequestDelegate next, IOptions<ApiOptions> options)
{
    private static readonly string[] OwnAuthentication = ["/api/messages", "/api/slack/"];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = options.Value;
        if (settings.Authentication == ApiAuthentication.Proxy && Guarded(context.Request.Path) && !ProxyKey.IsPresent(context.Request.Headers, settings.ProxyKey))
        {
            await ApiProblems.Unauthenticated(
                $"This host accepts requests only through its authenticating proxy. Call it through the proxy, which sets {ApiProblems.ProxyKeyHeader}.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool Guarded(PathString path) =>
        (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/status", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase))
        && !OwnAuthentication.Any(p => path.Value!.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
