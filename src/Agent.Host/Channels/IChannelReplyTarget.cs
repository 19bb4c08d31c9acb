using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels;

/// <summary>Where one message's answer goes, in the channel's own format: a Teams conversation, a Slack thread, an SSE stream.</summary>
internal interface IChannelReplyTarget
{
    /// <summary>Shows that the agent is working (a typing indicator); called when the turn starts and again while it runs.</summary>
    Task ShowProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>Delivers the reply, rendered for the channel.</summary>
    Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default);
}
