using System.Diagnostics;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Hosting;

/// <summary>Runs a chat turn with the same log events on every channel.</summary>
internal static class ConversationEngineLogging
{
    public static async Task<ChatReply> HandleLoggedAsync(
        this IConversationEngine engine, ChatRequest request, ILogger logger, CancellationToken cancellationToken = default)
    {
        ChatLog.MessageReceived(logger, request.Channel, request.TenantId, request.SessionId, request.Text);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await engine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            ChatLog.TurnHandled(logger, request.Channel, request.TenantId, reply.SessionId, reply.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChatLog.EngineFailed(logger, ex, request.Channel, request.TenantId, request.SessionId);
            throw;
        }
    }
}
