using SegmentAI.Host.Channels.Teams.Connector;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>A Teams conversation as the destination of one message's answer: typing indicators, then the reply.</summary>
internal sealed class ConversationReplyTarget : IChannelReplyTarget
{
    private readonly ConnectorClient _connector;
    private readonly ReplyAddress _address;
    private readonly string _entityNoun;

    public ConversationReplyTarget(ConnectorClient connector, ReplyAddress address, string entityNoun)
    {
        _connector = connector;
        _address = address;
        _entityNoun = entityNoun;
    }

    public Task ShowProgressAsync(CancellationToken cancellationToken = default) =>
        _connector.SendAsync(_address, ReplyActivities.Typing(_address), cancellationToken);

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default) =>
        _connector.SendAsync(_address, ReplyActivities.Message(_address, reply, _entityNoun), cancellationToken);
}
