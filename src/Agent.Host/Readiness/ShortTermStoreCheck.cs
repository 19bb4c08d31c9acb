using Microsoft.Extensions.Diagnostics.HealthChecks;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Readiness;

/// <summary>Short-term memory (in process or Redis) answers: a session read within the memory time budget.</summary>
internal sealed class ShortTermStoreCheck(ISessionStore sessions) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await sessions.LoadAsync(ReadinessProbe.Tenant, ReadinessProbe.Key, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{sessions.GetType().Name} answered");
        }
        catch (MemoryUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy($"short-term memory is unreachable: {ex.Message}");
        }
    }
}
