using Microsoft.Extensions.Diagnostics.HealthChecks;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Host.Readiness;

/// <summary>
/// Long-term memory (SQLite or PostgreSQL) answers: a read through the segment library, the store every REST call
/// uses, within the memory time budget.
/// </summary>
internal sealed class LongTermStoreCheck(ISegmentLibrary library) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await library.GetAsync(ReadinessProbe.Tenant, ReadinessProbe.Key, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{library.GetType().Name} answered");
        }
        catch (MemoryUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy($"long-term memory is unreachable: {ex.Message}");
        }
    }
}
