namespace SegmentAI.Host.Readiness;

/// <summary>The host is ready: every check with what it found.</summary>
/// <param name="Status">healthy or degraded (some tenant failed to load; the others are served).</param>
/// <param name="Checks">Each check by name.</param>
internal sealed record ReadinessResource(string Status, IReadOnlyDictionary<string, ReadinessCheckResource> Checks);
