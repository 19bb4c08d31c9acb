using Microsoft.Extensions.Options;
using SegmentAI.Host.Hosting;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Channels;

/// <summary>
/// What every channel does with a normalized message: drop duplicate deliveries, map the sender to a tenant user
/// (or tell them they are not enrolled), apply the message limits, keep a progress signal up while the engine
/// works, and deliver the reply through the channel's <see cref="IChannelReplyTarget"/>.
/// </summary>
internal sealed partial class ChannelConversation
{
    public const string NotEnrolledCategory = "not_enrolled";

    private readonly IConversationEngine _engine;
    private readonly ChannelIdentityMap _identities;
    private readonly IDeliveryLedger _deliveries;
    private readonly TurnRateLimiter _limits;
    private readonly ChannelOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ChannelConversation> _logger;

    public ChannelConversation(
        IConversationEngine engine,
        ChannelIdentityMap identities,
        IDeliveryLedger deliveries,
        TurnRateLimiter limits,
        IOptions<ChannelOptions> options,
        ILogger<ChannelConversation> logger,
        TimeProvider? time = null)
    {
        _engine = engine;
        _identities = identities;
        _deliveries = deliveries;
        _limits = limits;
        _options = options.Value;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Handles one message end to end; never throws for anything but cancellation.</summary>
    public async Task<ChannelOutcome> HandleAsync(ChannelMessage message, IChannelReplyTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(target);
        if (!await TakeDeliveryAsync(message, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(_logger, message.Channel, message.DeliveryId);
            return ChannelOutcome.Duplicate;
        }

        var sessionId = message.SessionId ?? $"s-{Guid.NewGuid():N}"[..14];
        if (_identities.Resolve(message) is not { } user)
        {
            LogNotEnrolled(_logger, message.Channel, message.Workspace);
            return await DeliverAsync(target, NotEnrolled(message, sessionId), ChannelOutcome.NotEnrolled, message, cancellationToken).ConfigureAwait(false);
        }

        if (_options.RateLimitsEnabled && _limits.TryAdmit(user) is { } retryAfter)
        {
            LogRateLimited(_logger, message.Channel, user.Tenant.Id);
            return await DeliverAsync(target, RateLimited(sessionId, retryAfter), ChannelOutcome.RateLimited, message, cancellationToken).ConfigureAwait(false);
        }

        var request = new ChatRequest(user.Tenant.Id, user.User.Id, sessionId, message.Text, message.Channel, TrustUnknownUsers: false, message.AsOf);
        ChatReply reply;
        ChannelOutcome outcome;
        using (var progress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var typing = KeepProgressAsync(target, progress.Token);
            try
            {
                // A failure comes back as the polite reply, logged with its exception and trace id.
                var turn = await _engine.HandleLoggedAsync(request, _logger, cancellationToken).ConfigureAwait(false);
                reply = turn.Reply;
                outcome = turn.Failed ? ChannelOutcome.Failed : ChannelOutcome.Answered;
            }
            finally
            {
                await progress.CancelAsync().ConfigureAwait(false);
                await typing.ConfigureAwait(false);
            }
        }

        return await DeliverAsync(target, reply, outcome, message, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> TakeDeliveryAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (message.DeliveryId is null)
        {
            return true;
        }

        try
        {
            return await _deliveries.TryTakeAsync(message.Channel, message.Workspace, message.DeliveryId, _options.DuplicateWindow, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            // Answering twice is better than not answering: without the ledger the message is handled as new.
            LogLedgerUnavailable(_logger, message.Channel, ex);
            return true;
        }
    }

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

    private static ChatReply NotEnrolled(ChannelMessage message, string sessionId)
    {
        var reason = $"you're not enrolled in SegmentAI yet. Ask your SegmentAI admin to add your {Describe(message.Channel)} id ({message.SenderId}) to your company's tenant.";
        return new ChatReply
        {
            Kind = ReplyKind.Refusal,
            Text = $"Hi! I can't help you yet: {reason}",
            SessionId = sessionId,
            Refusal = new RefusalCard(reason, NotEnrolledCategory),
        };
    }

    private static ChatReply RateLimited(string sessionId, TimeSpan retryAfter) => new()
    {
        Kind = ReplyKind.Error,
        Text = $"You're sending messages faster than I can take them. Please wait about {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds and send that again.",
        SessionId = sessionId,
    };

    private static string Describe(string channel) => channel switch
    {
        ChannelNames.Teams => "Microsoft Teams",
        ChannelNames.Slack => "Slack",
        _ => "user",
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a duplicate {Channel} delivery {DeliveryId}")]
    private static partial void LogDuplicate(ILogger logger, string channel, string? deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} sender from workspace {Workspace} is not enrolled in any tenant")]
    private static partial void LogNotEnrolled(ILogger logger, string channel, string workspace);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Channel} message for tenant {TenantId} was over the message limit")]
    private static partial void LogRateLimited(ILogger logger, string channel, string tenantId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Channel} delivery ledger is unavailable; the message is handled as new")]
    private static partial void LogLedgerUnavailable(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Channel} reply could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A progress signal could not be sent")]
    private static partial void LogProgressFailed(ILogger logger, Exception exception);
}
