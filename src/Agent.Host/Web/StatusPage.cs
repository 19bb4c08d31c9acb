using System.Net;
using System.Text;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web;

/// <summary>
/// The page at <c>/status</c>: which tenants are configured, their catalogs and whether their warehouses exist.
/// The chat widget is the home page.
/// </summary>
internal static class StatusPage
{
    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", (TenantDirectory tenants, RepositoryLayout layout) => Results.Content(Render(tenants, layout), "text/html; charset=utf-8"));
        return app;
    }

    private static string Render(TenantDirectory tenants, RepositoryLayout layout)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SegmentAI status</title>
            <style>
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de}
            code{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}.bad{color:#b42318}.ok{color:#067647}
            </style></head><body>
            <h1>SegmentAI</h1>
            <p>Describe an audience in plain words; get a grounded segment, its size and SQL. This host serves the tenants below; <a href="/">chat with the agent</a>.</p>
            <table><thead><tr><th>Tenant</th><th>Segments of</th><th>Facets</th><th>Categories</th><th>Warehouse</th></tr></thead><tbody>
            """);
        foreach (var tenant in tenants.Tenants)
        {
            var path = tenant.Config.Warehouse.Path is { } p ? layout.Resolve(p) : null;
            var warehouse = tenant.Config.Warehouse.Provider == WarehouseProvider.Postgres
                ? "PostgreSQL"
                : path is not null && File.Exists(path)
                    ? "<span class=\"ok\">ready</span>"
                    : $"<span class=\"bad\">missing</span> — run <code>dotnet run --project src/Agent.Host -- data generate --tenant {E(tenant.Id)}</code>";
            html.Append(CultureInvariant($"<tr><td><strong>{E(tenant.Config.DisplayName)}</strong><br><code>{E(tenant.Id)}</code></td><td>{E(tenant.Config.Entity.Noun)}</td><td><a href=\"/api/tenants/{E(tenant.Id)}/catalog\">{tenant.Catalog.Facets.Count}</a></td><td>{E(string.Join(", ", tenant.Catalog.Categories))}</td><td>{warehouse}</td></tr>"));
        }

        html.Append("</tbody></table>");
        foreach (var failure in tenants.Failures)
        {
            html.Append(CultureInvariant($"<p class=\"bad\">Tenant <code>{E(failure.TenantId)}</code> did not load:</p><ul>"));
            foreach (var issue in failure.Issues)
            {
                html.Append(CultureInvariant($"<li><code>{E(issue.ToString())}</code></li>"));
            }

            html.Append("</ul>");
        }

        html.Append("<p>API: <code>GET /api/tenants</code>, <code>GET /api/tenants/{id}/catalog</code>, <code>POST /api/segments/estimate</code> (a segment definition JSON with <code>tenant</code>), <code>POST /api/chat</code> and <code>POST /api/chat/stream</code> (<code>{tenant, user, session, text}</code>), <code>GET /api/tenants/{id}/users</code>. Embed the chat in any page with <code>&lt;script src=\"/widget.js\" data-tenant=\"…\"&gt;&lt;/script&gt;</code>.</p></body></html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
