using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>
/// The answer to an Action.Execute invoke, which goes back in the HTTP response rather than through the Bot
/// Connector: the reply is kept for the endpoint to render. Teams shows the button busy meanwhile, so there is no
/// typing indicator.
/// </summary>
internal sealed class InvokeReplyTarget : IChannelReplyTarget
{
    public ChatReply? Reply { get; private set; }

    public Task ShowProgressAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default)
    {
        Reply = reply;
        return Task.CompletedTask;
    }
}
