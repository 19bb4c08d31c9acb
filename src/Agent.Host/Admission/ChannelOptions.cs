namespace SegmentAI.Host.Admission;

/// <summary>Settings shared by every chat channel (section <c>Channels</c>).</summary>
internal sealed class ChannelOptions
{
    public const string Section = "Channels";

    /// <summary>How long a delivery id is remembered; Slack retries for about an hour, Teams within minutes.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often a turn that is still running refreshes the channel's progress signal (Teams shows typing for about 3 s).</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>False turns off the per-tenant and per-user message limits of tenant.yaml (load tests of one host).</summary>
    public bool RateLimitsEnabled { get; set; } = true;

    /// <summary>Messages a minute one network address may send while its sender is turned away (not enrolled, not authenticated).</summary>
    public int UnknownSenderTurnsPerMinute { get; set; } = 20;
}
