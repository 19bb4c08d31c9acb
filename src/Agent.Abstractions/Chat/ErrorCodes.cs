namespace SegmentAI.Skills.Chat;

/// <summary>The values of <see cref="ErrorCard.Code"/>.</summary>
public static class ErrorCodes
{
    /// <summary>The engine failed; nothing was changed.</summary>
    public const string Failed = "failed";

    /// <summary>Memory could not be reached; nothing was changed.</summary>
    public const string MemoryUnavailable = "memory_unavailable";

    /// <summary>The sender or their workspace is over the message limits of tenant.yaml.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The channel delivered a message that was already taken; the reply is not sent again.</summary>
    public const string DuplicateDelivery = "duplicate_delivery";
}
