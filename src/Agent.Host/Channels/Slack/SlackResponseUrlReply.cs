using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Answers a button click through its response URL, in the thread of the message the button was on. A message
/// posted there cannot be edited into the answer later, so these turns show no "Working on it…" placeholder.
/// </summary>
internal sealed class SlackResponseUrlReply : IChannelReplyTarget
{
    private readonly SlackWebApi _api;
    private readonly Uri _responseUrl;
    private readonly string _threadTs;

    public SlackResponseUrlReply(SlackWebApi api, Uri responseUrl, string threadTs)
    {
        _api = api;
        _responseUrl = responseUrl;
        _threadTs = threadTs;
    }

    /// <inheritdoc />
    public Task ShowProgressAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default) =>
        _api.RespondAsync(_responseUrl, _threadTs, SlackReplyRenderer.Render(reply), cancellationToken);
}
