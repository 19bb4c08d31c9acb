namespace SegmentAI.Skills.Tenants;

/// <summary>Per-tenant usage limits.</summary>
/// <param name="SegmentsPerDay">Segments a tenant may create per day.</param>
/// <param name="ConcurrentSessions">Conversations open at once.</param>
/// <param name="TurnsPerMinute">Messages the whole tenant may send per minute, over every channel.</param>
/// <param name="UserTurnsPerMinute">Messages one user may send per minute, over every channel.</param>
public sealed record RateLimits(
    int SegmentsPerDay,
    int ConcurrentSessions,
    int TurnsPerMinute = RateLimits.DefaultTurnsPerMinute,
    int UserTurnsPerMinute = RateLimits.DefaultUserTurnsPerMinute)
{
    /// <summary>Tenant-wide messages per minute when tenant.yaml does not say.</summary>
    public const int DefaultTurnsPerMinute = 600;

    /// <summary>Messages per minute of one user when tenant.yaml does not say: more than anyone types, fewer than a script sends.</summary>
    public const int DefaultUserTurnsPerMinute = 30;
}
