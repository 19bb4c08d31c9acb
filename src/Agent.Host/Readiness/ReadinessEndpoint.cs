using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SegmentAI.Host.Readiness;

/// <summary>
/// <c>GET /readyz</c>: whether this host can serve requests (long-term store, short-term store, tenants). 200 with
/// each check when ready; 503 as problem details naming the store that is down otherwise. <c>/healthz</c> stays
/// the liveness probe: it says only that the process answers. The checks run through <see cref="HealthCheckService"/>,
/// so a host can add its own with the <c>ready</c> tag.
/// </summary>
internal static class ReadinessEndpoint
{
    public const string Tag = "ready";
    public const string LongTermStore = "long_term_store";
    public const string ShortTermStore = "short_term_store";
    public const string Tenants = "tenants";

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<LongTermStoreCheck>(LongTermStore, tags: [Tag])
            .AddCheck<ShortTermStoreCheck>(ShortTermStore, tags: [Tag])
            .AddCheck<TenantsCheck>(Tenants, tags: [Tag]);
        return services;
    }

    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapGet("/readyz", ReadyAsync)
            .WithName("Readiness")
            .WithSummary("Readiness: long-term store, short-term store and tenants")
            .WithDescription("200 when every store answers and tenants are loaded (degraded when some tenant failed to load); 503 problem details naming the store that is down otherwise. GET /healthz is the liveness probe.")
            .WithTags("Health")
            .Produces<ReadinessResource>()
            .Produces<ReadinessProblem>(StatusCodes.Status503ServiceUnavailable, "application/problem+json");
        return app;
    }

    private static async Task<IResult> ReadyAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(Tag), cancellationToken).ConfigureAwait(false);
        var checks = report.Entries.ToDictionary(
            e => e.Key,
            e => new ReadinessCheckResource(Name(e.Value.Status), e.Value.Description ?? e.Value.Exception?.Message));
        if (report.Status != HealthStatus.Unhealthy)
        {
            return Results.Json(new ReadinessResource(Name(report.Status), checks), Json);
        }

        var down = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key).ToList();
        return Results.Json(
            new ReadinessProblem(
                "https://tools.ietf.org/html/rfc9110#section-15.6.4",
                "Not ready",
                StatusCodes.Status503ServiceUnavailable,
                $"Not ready: {string.Join(" and ", down)} {(down.Count == 1 ? "is" : "are")} down. {string.Join(" ", down.Select(d => checks[d].Description + "."))} Start or fix it; this host is ready again as soon as it answers.",
                down,
                checks),
            Json,
            "application/problem+json",
            StatusCodes.Status503ServiceUnavailable);
    }

    private static string Name(HealthStatus status) => status.ToString().ToLowerInvariant();

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
