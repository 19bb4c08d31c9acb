namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>A clock that stays at one instant.</summary>
internal sealed class FrozenTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
