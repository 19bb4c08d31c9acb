using System.Threading.Channels;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Runs queued Slack turns after their requests were acknowledged: each through <see cref="ChannelConversation"/>
/// (duplicates, identity, limits, progress, engine), answered in the thread or through the button's response URL.
/// On shutdown the queues stop taking turns and the queued ones are finished, until the host's shutdown timeout
/// cancels what is left.
/// </summary>
internal sealed partial class SlackTurnWorker : BackgroundService
{
    private readonly SlackTurnQueue _queue;
    private readonly Lazy<ChannelConversation> _conversation;
    private readonly SlackWebApi _api;
    private readonly ILogger<SlackTurnWorker> _logger;
    private readonly CancellationTokenSource _abort = new();

    public SlackTurnWorker(SlackTurnQueue queue, IServiceProvider services, SlackWebApi api, ILogger<SlackTurnWorker> logger)
    {
        _queue = queue;

        // Resolved with the first turn, so a host without a conversation engine (whose Slack endpoints answer 503) still starts.
        _conversation = new Lazy<ChannelConversation>(services.GetRequiredService<ChannelConversation>);
        _api = api;
        _logger = logger;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Complete();
        using (cancellationToken.Register(_abort.Cancel))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The stopping token is not used: stopping completes the queues, and the loops end once they are drained.
        var loops = _queue.Turns.Select(RunTurnsAsync).Append(RunNoticesAsync(_queue.Notices));
        return Task.WhenAll(loops);
    }

    private async Task RunTurnsAsync(ChannelReader<SlackTurn> turns)
    {
        await Task.Yield();
        try
        {
            await foreach (var turn in turns.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    await HandleAsync(turn).ConfigureAwait(false);
                }
                catch (Exception ex) when (!_abort.IsCancellationRequested)
                {
                    // The channel layer answers failures itself; anything escaping it must not stop this worker.
                    LogTurnFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            LogAbandoned(_logger);
        }
    }

    private async Task HandleAsync(SlackTurn turn)
    {
        IChannelReplyTarget target = turn.ResponseUrl is { } responseUrl
            ? new SlackResponseUrlReply(_api, responseUrl, turn.ChannelId, turn.ThreadTs, _logger)
            : new SlackThreadReply(_api, turn.ChannelId, turn.ThreadTs, _abort.Token, _logger);
        var outcome = await _conversation.Value.HandleAsync(turn.Message, target, _abort.Token).ConfigureAwait(false);
        LogHandled(_logger, turn.Message.Workspace, outcome);
    }

    private async Task RunNoticesAsync(ChannelReader<SlackTurn> notices)
    {
        await Task.Yield();
        try
        {
            await foreach (var turn in notices.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                try
                {
                    await (turn.ResponseUrl is { } responseUrl
                        ? _api.RespondAsync(responseUrl, turn.ThreadTs, SlackReplyRenderer.Busy, _abort.Token)
                        : _api.PostMessageAsync(turn.ChannelId, turn.ThreadTs, SlackReplyRenderer.Busy, _abort.Token)).ConfigureAwait(false);
                }
                catch (Exception ex) when (!_abort.IsCancellationRequested)
                {
                    LogBusyNoticeFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            LogAbandoned(_logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack turn from workspace {Workspace}: {Outcome}")]
    private static partial void LogHandled(ILogger logger, string workspace, ChannelOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Slack turn failed outside the channel layer")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host stopped before every queued Slack turn was answered")]
    private static partial void LogAbandoned(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Slack sender could not be told the agent is busy")]
    private static partial void LogBusyNoticeFailed(ILogger logger, Exception exception);
}
