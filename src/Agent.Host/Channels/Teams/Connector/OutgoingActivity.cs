using SegmentAI.Host.Channels.Teams.Activities;

namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>An activity the bot sends: a reply message or a typing indicator.</summary>
internal sealed record OutgoingActivity
{
    /// <summary>message or typing.</summary>
    public required string Type { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The user answered.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The activity answered.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Text of the message; for card replies, the fallback shown where cards are not.</summary>
    public string? Text { get; init; }

    /// <summary>"markdown" for text.</summary>
    public string? TextFormat { get; init; }

    /// <summary>Adaptive Cards.</summary>
    public IReadOnlyList<CardAttachment>? Attachments { get; init; }
}
