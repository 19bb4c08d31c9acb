namespace SegmentAI.Skills.Tenants;

/// <summary>Per-tenant usage limits.</summary>
/// <param name="SegmentsPerDay">Segments a tenant may create per day.</param>
/// <param name="ConcurrentSessions">Conversations open at once.</param>
public sealed record RateLimits(int SegmentsPerDay, int ConcurrentSessions);
