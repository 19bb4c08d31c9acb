using System.Diagnostics;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Telemetry;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>
/// The <c>segmentai.turn</c> span and the turn metrics (latency, clarifications, refusals) around every message,
/// on the <see cref="SegmentTelemetry"/> source and meter; an exception marks the span failed and goes on.
/// </summary>
internal sealed class OpenTelemetryConversationEngine(IConversationEngine innerEngine) : DelegatingConversationEngine(innerEngine)
{
    public override async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = TurnTelemetry.StartTurn(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await InnerEngine.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            TurnTelemetry.EndTurn(activity, request, reply, Stopwatch.GetElapsedTime(started));
            return reply;
        }
        catch (Exception ex)
        {
            SegmentTelemetry.Fail(activity, ex);
            throw;
        }
    }
}
