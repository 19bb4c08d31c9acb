namespace SegmentAI.Host.Readiness;

/// <summary>One readiness check's outcome.</summary>
/// <param name="Status">healthy, degraded or unhealthy.</param>
/// <param name="Description">What was found.</param>
internal sealed record ReadinessCheckResource(string Status, string? Description);
