using Microsoft.Extensions.Options;
using SegmentAI.Host.Admission;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Channels;

/// <summary>
/// What every chat channel does with a normalized message: send it through the admission pipeline (duplicate
/// deliveries, enrolment, message limits, logging, error replies — the same as the web and the command line), keep a
/// progress signal up while the engine works, and deliver the reply through the channel's <see cref="IChannelReplyTarget"/>.
/// </summary>
internal sealed partial class ChannelConversation
{
    public const string NotEnrolledCategory = ChannelIdentityConversationEngine.NotEnrolledCategory;

    // A reply that needs no engine (a duplicate, a limit, a stranger) is back well within this, so it never flashes a
    // typing indicator; a real turn shows one almost at once.
    private static readonly TimeSpan ProgressGrace = TimeSpan.FromMilliseconds(300);

    private readonly IConversationEngine _pipeline;
    private readonly IDeliveryLedger _deliveries;
    private readonly ChannelOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelConversation> _logger;

    public ChannelConversation(
        [FromKeyedServices(AdmissionServiceCollectionExtensions.PipelineKey)] IConversationEngine pipeline,
        IDeliveryLedger deliveries,
        IOptions<ChannelOptions> options,
        ILogger<ChannelConversation> logger,
        TimeProvider? time = null)
    {
        _pipeline = pipeline;
        _deliveries = deliveries;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Handles one message end to end; never throws for anything but cancellation.</summary>
    public async Task<ChannelOutcome> HandleAsync(ChannelMessage message, IChannelReplyTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(target);

        // Tenant and user are the identity step's to fill in from the sender; until then the request names neither.
        var request = new ChatRequest(
            TenantId: "",
            UserId: "",
            message.SessionId ?? $"s-{Guid.NewGuid():N}"[..14],
            message.Text,
            message.Channel,
            TrustUnknownUsers: false,
            message.AsOf,
            Sender: new ChannelSender(message.Workspace, message.SenderId, message.DeliveryId));
        ChatReply reply;
        using (var progress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var typing = KeepProgressAsync(target, progress.Token);
            try
            {
                reply = await _pipeline.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await progress.CancelAsync().ConfigureAwait(false);
                await typing.ConfigureAwait(false);
            }
        }

        var outcome = OutcomeOf(reply);
        return outcome == ChannelOutcome.Duplicate ? outcome : await DeliverAsync(target, reply, outcome, message, cancellationToken).ConfigureAwait(false);
    }

    private static ChannelOutcome OutcomeOf(ChatReply reply) => reply.Error?.Code switch
    {
        ErrorCodes.DuplicateDelivery => ChannelOutcome.Duplicate,
        ErrorCodes.RateLimited => ChannelOutcome.RateLimited,
        ErrorCodes.Failed or ErrorCodes.MemoryUnavailable => ChannelOutcome.Failed,
        _ when reply.Refusal?.Category == NotEnrolledCategory => ChannelOutcome.NotEnrolled,
        _ => ChannelOutcome.Answered,
    };

    private async Task<ChannelOutcome> DeliverAsync(
        IChannelReplyTarget target, ChatReply reply, ChannelOutcome outcome, ChannelMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await target.SendAsync(reply, cancellationToken).ConfigureAwait(false);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDeliveryFailed(_logger, message.Channel, ex);
            await ReleaseAsync(message).ConfigureAwait(false);
            return ChannelOutcome.Failed;
        }
    }

    private async Task ReleaseAsync(ChannelMessage message)
    {
        if (message.DeliveryId is null)
        {
            return;
        }

        try
        {
            // The reply never arrived, so a retry of this delivery deserves an answer.
            await _deliveries.ReleaseAsync(message.Channel, message.Workspace, message.DeliveryId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            LogLedgerUnavailable(_logger, message.Channel, ex);
        }
    }

    private async Task KeepProgressAsync(IChannelReplyTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(ProgressGrace, _time, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await target.ShowProgressAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogProgressFailed(_logger, ex);
                }

                await Task.Delay(_options.ProgressInterval, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished; progress stops with it.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Channel} delivery ledger is unavailable; the reply that failed is not released for a retry")]
    private static partial void LogLedgerUnavailable(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Channel} reply could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A progress signal could not be sent")]
    private static partial void LogProgressFailed(ILogger logger, Exception exception);
}
