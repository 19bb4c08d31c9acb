namespace SegmentAI.Host.Channels;

/// <summary>What happened to one channel message.</summary>
internal enum ChannelOutcome
{
    /// <summary>The engine answered and the reply was delivered.</summary>
    Answered,

    /// <summary>The same delivery was taken before; nothing was sent.</summary>
    Duplicate,

    /// <summary>The sender maps to no tenant user; they were told how to get enrolled.</summary>
    NotEnrolled,

    /// <summary>The sender or their tenant is over its message limit; they were told when to try again.</summary>
    RateLimited,

    /// <summary>The engine failed, or the reply could not be delivered.</summary>
    Failed,
}
