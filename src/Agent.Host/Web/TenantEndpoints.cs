using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Web;

/// <summary>Read-only tenant and catalog endpoints.</summary>
internal static class TenantEndpoints
{
    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }))
            .WithName("Liveness").WithTags("Health").WithSummary("Liveness: the process answers (GET /readyz says whether it can serve)");
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
        })).WithName("ListTenants").WithTags("Tenants").WithSummary("Configured tenants, and tenant folders that failed to load");
        app.MapGet("/api/tenants/{tenantId}/users", (string tenantId, TenantDirectory tenants) =>
            tenants.Find(tenantId) is not { } tenant
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tenant", detail: $"No tenant '{tenantId}' is configured.")
                : Results.Ok(new
                {
                    tenant = tenant.Id,

                    // Who is enrolled and what they may do; channel identities (Teams, Slack ids) stay on the server.
                    users = tenant.Config.Users.Select(u => new { id = u.Id, display_name = u.DisplayName, role = u.Role }),
                })).WithName("ListTenantUsers").WithTags("Tenants").WithSummary("Users enrolled in a tenant, with their roles");
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
        }).WithName("GetTenantCatalog").WithTags("Tenants").WithSummary("A tenant's usable facets, their operators and values")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
