namespace SegmentAI.Skills.Conversation;

/// <summary>How much of a conversation short-term memory keeps (section <c>Conversation</c>).</summary>
internal sealed class ConversationLimits
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Conversation";

    /// <summary>Messages (user and agent) a session keeps; older ones are dropped and counted.</summary>
    public int MaxTurnsPerSession { get; set; } = 200;

    /// <summary>Replies to messages with a client id a session keeps for answering retries.</summary>
    public int MaxAnsweredMessages { get; set; } = 16;
}
