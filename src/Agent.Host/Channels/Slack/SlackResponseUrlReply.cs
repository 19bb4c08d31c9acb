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
    private readonly string _channel;
    private readonly string _threadTs;
    private readonly ILogger _logger;

    public SlackResponseUrlReply(SlackWebApi api, Uri responseUrl, string channel, string threadTs, ILogger logger)
    {
        _api = api;
        _responseUrl = responseUrl;
        _channel = channel;
        _threadTs = threadTs;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task ShowProgressAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default)
    {
        await _api.RespondAsync(_responseUrl, _threadTs, SlackReplyRenderer.Render(reply), cancellationToken).ConfigureAwait(false);
        await SlackChartUploads.ShareAsync(_api, _channel, _threadTs, reply, _logger, cancellationToken).ConfigureAwait(false);
    }
}
