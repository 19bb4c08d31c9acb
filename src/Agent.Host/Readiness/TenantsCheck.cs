using Microsoft.Extensions.Diagnostics.HealthChecks;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Readiness;

/// <summary>Tenants are loaded: unhealthy with none, degraded when some tenant folders failed to load.</summary>
internal sealed class TenantsCheck(TenantDirectory tenants) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var loaded = string.Join(", ", tenants.Tenants.Select(t => t.Id));
        var failed = string.Join(", ", tenants.Failures.Select(f => f.TenantId));
        return Task.FromResult(tenants.Tenants.Count == 0
            ? HealthCheckResult.Unhealthy($"no tenant is loaded from {tenants.Root}{(failed.Length > 0 ? $"; failed: {failed}" : "")}")
            : failed.Length > 0
                ? HealthCheckResult.Degraded($"loaded {loaded}; failed to load {failed} (see GET /api/tenants)")
                : HealthCheckResult.Healthy($"loaded {loaded}"));
    }
}
