using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Answers in a Slack thread. Bots get no typing indicator through the Events API, so a turn still running one
/// progress interval after it started gets a short "Working on it…" message in the thread, and the answer then
/// replaces it (<c>chat.update</c>); quick turns just post the answer.
/// </summary>
internal sealed class SlackThreadReply : IChannelReplyTarget
{
    private readonly SlackWebApi _api;
    private readonly string _channel;
    private readonly string _threadTs;
    private readonly CancellationToken _turnCancellation;
    private readonly ILogger _logger;
    private int _progressCalls;
    private string? _placeholderTs;

    /// <param name="api">The Slack Web API.</param>
    /// <param name="channel">The Slack channel.</param>
    /// <param name="threadTs">The thread's parent timestamp.</param>
    /// <param name="turnCancellation">Cancelled only when the host gives up on the turn, not when the turn ends.</param>
    /// <param name="logger">Where a chart that could not be shared is logged.</param>
    public SlackThreadReply(SlackWebApi api, string channel, string threadTs, CancellationToken turnCancellation, ILogger logger)
    {
        _api = api;
        _channel = channel;
        _threadTs = threadTs;
        _turnCancellation = turnCancellation;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task ShowProgressAsync(CancellationToken cancellationToken = default)
    {
        // The first call comes as the turn starts. The placeholder is posted under the turn's token rather than the
        // progress signal's, so a turn ending mid-post still learns the placeholder's ts and replaces it.
        if (++_progressCalls == 2)
        {
            _placeholderTs = await _api.PostMessageAsync(_channel, _threadTs, SlackReplyRenderer.Working, _turnCancellation).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default)
    {
        await SendMessageAsync(SlackReplyRenderer.Render(reply), cancellationToken).ConfigureAwait(false);
        await SlackChartUploads.ShareAsync(_api, _channel, _threadTs, reply, _logger, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendMessageAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        if (_placeholderTs is { } placeholder)
        {
            try
            {
                await _api.UpdateMessageAsync(_channel, placeholder, message, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SlackApiException)
            {
                // The placeholder may have been deleted; the answer still goes into the thread as a new message.
            }
        }

        await _api.PostMessageAsync(_channel, _threadTs, message, cancellationToken).ConfigureAwait(false);
    }
}
