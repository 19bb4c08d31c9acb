using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Api;
using SegmentAI.Host.Web.Widget;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Host.Web.Dashboard;

/// <summary>
/// The personas dashboard: the page at <c>/dashboard/{tenant}/personas</c> and the JSON it draws,
/// <c>GET /api/tenants/{tenant}/personas</c>. Both admit only an enrolled user of that tenant whose role has
/// <c>view</c>; a user of another tenant is refused, never shown that tenant's numbers.
/// </summary>
internal static partial class PersonaDashboardEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static IServiceCollection AddPersonaDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonaDashboards>();
        return services;
    }

    public static IEndpointRouteBuilder MapPersonaDashboard(this IEndpointRouteBuilder app)
    {
        var script = WidgetAsset.Load("dashboard.js", "text/javascript; charset=utf-8");
        var style = WidgetAsset.Load("dashboard.css", "text/css; charset=utf-8");
        app.MapGet("/dashboard.js", script.ToResult).ExcludeFromDescription();
        app.MapGet("/dashboard.css", style.ToResult).ExcludeFromDescription();
        app.MapGet("/dashboard/{tenantId}/personas", PageAsync).ExcludeFromDescription();
        app.MapGet("/api/tenants/{tenantId}/personas", DataAsync)
            .AddEndpointFilter<ApiCallerFilter>()
            .WithMetadata(new RequiredPermission(TenantPermission.View))
            .WithName("GetPersonaDashboard").WithTags("Behaviour")
            .WithSummary("The tenant's behavioural personas: overview, drop-off, retention, experiments and each persona in depth")
            .WithDescription("days (1 to 366, default 7) and asOf (YYYY-MM-DD, the day after the window; the warehouse's date by default) choose the window. Every number in the views was checked against the analysis. The caller must be a user of the tenant with the view permission.")
            .Produces<PersonaDashboardView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> DataAsync(
        string tenantId, string? days, string? asOf, HttpContext context, PersonaDashboards dashboards, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (!string.Equals(caller.Tenant.Id, tenantId, StringComparison.Ordinal))
        {
            return ApiProblems.Forbidden($"You are signed in to {caller.Tenant.Id}, so you can see its personas only, not those of '{tenantId}'.");
        }

        if (DashboardQuery.Parse(days, asOf, null, out var problem) is not { } query)
        {
            return ApiProblems.Invalid("Invalid dashboard window", "query", problem!);
        }

        if (caller.Tenant.Config.Behaviour is null)
        {
            return NoEventLog(caller.Tenant);
        }

        try
        {
            return Results.Ok(await dashboards.ViewAsync(caller.Tenant, query.Days, query.AsOf, cancellationToken).ConfigureAwait(false));
        }
        catch (BehaviourAnalysisException ex)
        {
            // Written for people: too few users in the window, or a number that could not be checked.
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Personas unavailable", detail: Sentence(ex.Message));
        }
        catch (WarehouseUnavailableException ex)
        {
            LogWarehouseUnavailable(loggers.CreateLogger(typeof(PersonaDashboardEndpoints)), caller.Tenant.Id, ex);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Warehouse unavailable",
                detail: "The personas are read from the warehouse, which cannot be opened right now. Try again in a minute; if it keeps failing, an admin can check GET /readyz and the warehouse settings.");
        }
    }

    private static async Task<IResult> PageAsync(
        string tenantId, string? days, string? asOf, string? persona, HttpContext context, TenantDirectory tenants, IApiCallerResolver resolver,
        PermissionChecker permissions, IOptions<ApiOptions> api, ActiveWidgetLogin login)
    {
        if (DashboardQuery.Parse(days, asOf, persona, out var problem) is not { } query)
        {
            return Page(StatusCodes.Status400BadRequest, "This dashboard link is not valid", $"{problem} Remove the parameter to see the default view.");
        }

        if (tenants.Find(tenantId) is not { } tenant)
        {
            return Page(StatusCodes.Status404NotFound, "No such workspace", $"No workspace '{tenantId}' is configured on this host. Check the link you were sent.");
        }

        var headers = context.Request.Headers;
        if (string.IsNullOrWhiteSpace(headers[ApiProblems.TenantHeader]) && string.IsNullOrWhiteSpace(headers[ApiProblems.UserHeader]))
        {
            // Nobody signed in: behind a proxy that is the proxy's job; the demo login signs in on the page itself.
            var demo = api.Value.Authentication == ApiAuthentication.Headers && login.Login.Scheme == DemoWidgetLogin.SchemeName;
            return demo
                ? Results.Content(DashboardPage.Shell(tenant.Id, tenant.Config.DisplayName, null, DemoWidgetLogin.SchemeName, query), Html, statusCode: StatusCodes.Status401Unauthorized)
                : Page(StatusCodes.Status401Unauthorized, "Sign in to see this dashboard", $"Open this page through your organisation's sign-in so it knows you are a user of {tenant.Config.DisplayName}.");
        }

        var resolution = await resolver.ResolveAsync(context, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        if (!resolution.Admitted)
        {
            return resolution.Problem is ProblemHttpResult refused
                ? Page(refused.StatusCode, refused.ProblemDetails.Title ?? "Not signed in", refused.ProblemDetails.Detail ?? "Sign in again and reopen the link.")
                : Page(StatusCodes.Status401Unauthorized, "Not signed in", "Sign in again and reopen the link.");
        }

        var caller = resolution.Caller;
        if (!string.Equals(caller.Tenant.Id, tenant.Id, StringComparison.Ordinal))
        {
            return Page(StatusCodes.Status403Forbidden, "This dashboard belongs to another workspace",
                $"You are signed in to {caller.Tenant.Config.DisplayName}, and this is a dashboard of {tenant.Config.DisplayName}. Open the dashboard of your own workspace: /dashboard/{caller.Tenant.Id}/personas.");
        }

        var decision = permissions.Check(tenant.Config, caller.UserId, TenantPermission.View, trustUnknownUsers: false);
        if (!decision.Allowed)
        {
            return Page(StatusCodes.Status403Forbidden, "You cannot view this dashboard", decision.Message ?? "Your role does not include view. Ask an admin of your workspace for it.");
        }

        if (tenant.Config.Behaviour is null)
        {
            return Page(StatusCodes.Status404NotFound, "No personas for this workspace",
                $"{tenant.Config.DisplayName} has no product event log set up, so there are no behavioural personas to show. An admin can declare one in the behaviour: section of its tenant.yaml.");
        }

        return Results.Content(DashboardPage.Shell(tenant.Id, tenant.Config.DisplayName, caller.UserId, null, query), Html);
    }

    private static IResult NoEventLog(Tenant tenant) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No product event log",
            detail: $"{tenant.Config.DisplayName} has no product event log set up, so there are no behavioural personas. An admin can declare one in the behaviour: section of its tenant.yaml.");

    private static IResult Page(int status, string title, string detail) =>
        Results.Content(DashboardPage.Message(title, detail), Html, statusCode: status);

    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personas dashboard of {Tenant}: the warehouse cannot be opened")]
    private static partial void LogWarehouseUnavailable(ILogger logger, string tenant, Exception exception);
}
