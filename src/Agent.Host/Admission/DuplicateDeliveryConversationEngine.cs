using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Admission;

/// <summary>
/// Drops a channel delivery already taken (Slack and Teams retry a message they think was lost): the reply carries a
/// <see cref="ErrorCodes.DuplicateDelivery"/> card and is not sent. Without the ledger a message is handled as new,
/// because answering twice is better than not answering.
/// </summary>
internal sealed partial class DuplicateDeliveryConversationEngine(
    IConversationEngine innerEngine, IDeliveryLedger deliveries, ChannelOptions options, ILogger logger) : DelegatingConversationEngine(innerEngine)
{
    public override async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Sender is not { DeliveryId: { } deliveryId } sender || await TakeAsync(request.Channel, sender.Workspace, deliveryId, cancellationToken).ConfigureAwait(false))
        {
            return await InnerEngine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        }

        LogDuplicate(logger, request.Channel, deliveryId);
        return new ChatReply
        {
            Kind = ReplyKind.Error,
            Text = "This message was already delivered and answered.",
            SessionId = request.SessionId ?? "",
            Error = new ErrorCard(ErrorCodes.DuplicateDelivery),
        };
    }

    private async Task<bool> TakeAsync(string channel, string workspace, string deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            return await deliveries.TryTakeAsync(channel, workspace, deliveryId, options.DuplicateWindow, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryUnavailableException ex)
        {
            LogLedgerUnavailable(logger, channel, ex);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped a duplicate {Channel} delivery {DeliveryId}")]
    private static partial void LogDuplicate(ILogger logger, string channel, string deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Channel} delivery ledger is unavailable; the message is handled as new")]
    private static partial void LogLedgerUnavailable(ILogger logger, string channel, Exception exception);
}
