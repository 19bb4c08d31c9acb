using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web;

/// <summary>Read-only tenant and catalog endpoints.</summary>
internal static class TenantEndpoints
{
    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/api/tenants", (TenantDirectory tenants) => Results.Ok(new
        {
            tenants = tenants.Tenants.Select(t => new
            {
                id = t.Id,
                display_name = t.Config.DisplayName,
                entity = t.Config.Entity.Noun,
                facets = t.Catalog.Facets.Count,
                categories = t.Catalog.Categories,
            }),
            failures = tenants.Failures.Select(f => new { tenant = f.TenantId, problems = f.Issues.Select(i => i.ToString()) }),
        }));
        app.MapGet("/api/tenants/{tenantId}/users", (string tenantId, TenantDirectory tenants) =>
            tenants.Find(tenantId) is not { } tenant
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant", detail: $"No tenant '{tenantId}' is configured.")
                : Results.Ok(new
                {
                    tenant = tenant.Id,

                    // Who is enrolled and what they may do; channel identities (Teams, Slack ids) stay on the server.
                    users = tenant.Config.Users.Select(u => new { id = u.Id, display_name = u.DisplayName, role = u.Role }),
                }));
        app.MapGet("/api/tenants/{tenantId}/catalog", (string tenantId, TenantDirectory tenants) =>
        {
            if (tenants.Find(tenantId) is not { } tenant)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant", detail: $"No tenant '{tenantId}' is configured.");
            }

            return Results.Ok(new
            {
                tenant = tenant.Id,
                facets = tenant.Catalog.Facets.Where(f => tenant.WhyFacetIsUnusable(f) is null).Select(f => new
                {
                    id = f.Id,
                    name = f.Name,
                    category = f.Category,
                    subcategory = f.Subcategory,
                    description = f.Description,
                    type = f.Type,
                    kind = f.Kind,
                    operators = f.Operators,
                    unit = f.Unit,
                    values = f.Values.Select(v => v.Value),
                }),
            });
        });
        return app;
    }
}
