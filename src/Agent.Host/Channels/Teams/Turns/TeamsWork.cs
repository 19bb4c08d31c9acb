using SegmentAI.Host.Channels.Teams.Connector;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>One admitted piece of work: a message to answer, or the welcome after the bot was added to a conversation.</summary>
/// <param name="Address">Where the answer goes.</param>
/// <param name="Message">The message; null for the welcome.</param>
internal sealed record TeamsWork(ReplyAddress Address, ChannelMessage? Message)
{
    public static TeamsWork Welcome(ReplyAddress address) => new(address, null);
}
