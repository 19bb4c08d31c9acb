using Microsoft.Extensions.Options;
using SegmentAI.Host.Admission;
using SegmentAI.Host.Channels.Teams.Configuration;
using SegmentAI.Host.Channels.Teams.Connector;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>
/// Answers admitted messages in the background, one worker per lane of <see cref="TeamsTurnQueue"/>, each through
/// <see cref="ChannelConversation"/>. On shutdown the queue stops admitting and the workers finish what was admitted;
/// turns still running when the host's shutdown timeout ends are cancelled.
/// </summary>
internal sealed partial class TeamsTurnWorker : BackgroundService
{
    private readonly TeamsTurnQueue _queue;
    private readonly IServiceProvider _services;
    private readonly ChannelIdentityMap _identities;
    private readonly ConnectorClient _connector;
    private readonly TeamsOptions _options;
    private readonly ILogger<TeamsTurnWorker> _logger;
    private readonly CancellationTokenSource _abort = new();

    public TeamsTurnWorker(
        TeamsTurnQueue queue,
        IServiceProvider services,
        ChannelIdentityMap identities,
        ConnectorClient connector,
        IOptions<TeamsOptions> options,
        ILogger<TeamsTurnWorker> logger)
    {
        _queue = queue;
        _services = services;
        _identities = identities;
        _connector = connector;
        _options = options.Value;
        _logger = logger;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.Enabled && _options.Authentication.Disabled)
        {
            LogAuthenticationDisabled(_logger);
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Complete();
        using var abort = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    // The lanes are drained to the end rather than stopped with stoppingToken: StopAsync completes them first.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _queue.LaneCount).Select(lane => DrainAsync(lane)));

    private async Task DrainAsync(int lane)
    {
        await foreach (var work in _queue.Lane(lane).ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            try
            {
                await HandleAsync(work, _abort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                LogAbandoned(_logger);
            }
            catch (Exception ex)
            {
                // One failed turn (already answered with an error where possible) must not stop its lane.
                LogWorkFailed(_logger, ex);
            }
        }
    }

    private async Task HandleAsync(TeamsWork work, CancellationToken cancellationToken)
    {
        if (work.Message is not { } message)
        {
            await _connector.SendAsync(work.Address, ReplyActivities.Message(work.Address, TeamsWelcome.Text), cancellationToken).ConfigureAwait(false);
            return;
        }

        var target = new ConversationReplyTarget(_connector, work.Address, EntityNouns.For(_identities, message));
        // Resolved per turn rather than injected: a host without an engine still starts (the endpoint answers 503).
        var conversation = _services.GetRequiredService<ChannelConversation>();
        var outcome = await conversation.HandleAsync(message, target, cancellationToken).ConfigureAwait(false);
        LogTurnHandled(_logger, outcome);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Teams:Authentication:Disabled is set: /api/messages accepts activities without a Bot Connector token. Use this only for local development.")]
    private static partial void LogAuthenticationDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams turn finished: {Outcome}")]
    private static partial void LogTurnHandled(ILogger logger, ChannelOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams turn was cancelled by shutdown before it was answered")]
    private static partial void LogAbandoned(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Teams turn failed")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
