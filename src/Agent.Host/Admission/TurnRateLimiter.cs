using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Admission;

/// <summary>
/// The message limits of tenant.yaml (<c>rate_limits.turns_per_minute</c> for the tenant and
/// <c>user_turns_per_minute</c> for each user), enforced over every channel with chained sliding-window limiters
/// from System.Threading.RateLimiting, the library behind ASP.NET Core rate limiting. A message must fit both.
/// </summary>
internal sealed class TurnRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<ChannelUser> _limiter;
    private readonly PartitionedRateLimiter<string> _addresses;

    public TurnRateLimiter(IOptions<ChannelOptions> options)
    {
        var unknownPerMinute = options.Value.UnknownSenderTurnsPerMinute;
        _addresses = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address, _ => Options(unknownPerMinute)));
        var tenants = PartitionedRateLimiter.Create<ChannelUser, string>(user => RateLimitPartition.GetSlidingWindowLimiter(
            user.Tenant.Id, _ => Options(user.Tenant.Config.RateLimits.TurnsPerMinute)));
        var users = PartitionedRateLimiter.Create<ChannelUser, (string, string)>(user => RateLimitPartition.GetSlidingWindowLimiter(
            (user.Tenant.Id, user.User.Id), _ => Options(user.Tenant.Config.RateLimits.UserTurnsPerMinute)));
        _limiter = PartitionedRateLimiter.CreateChained(users, tenants);
    }

    /// <summary>Takes one message from the user's and the tenant's allowance; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAdmit(ChannelUser user)
    {
        using var lease = _limiter.AttemptAcquire(user);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window / 6;
    }

    /// <summary>
    /// Takes one message from the allowance of a network address whose sender was turned away (not enrolled, not
    /// authenticated); null when allowed, else how long to wait.
    /// </summary>
    public TimeSpan? TryAdmitAddress(string address)
    {
        using var lease = _addresses.AttemptAcquire(address);
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window / 6;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _addresses.Dispose();
    }

    private static SlidingWindowRateLimiterOptions Options(int perMinute) => new()
    {
        PermitLimit = perMinute,
        Window = Window,
        SegmentsPerWindow = 6,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
