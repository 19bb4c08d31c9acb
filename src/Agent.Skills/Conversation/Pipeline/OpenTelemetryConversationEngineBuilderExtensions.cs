namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>Adds turn tracing to a conversation pipeline.</summary>
public static class OpenTelemetryConversationEngineBuilderExtensions
{
    /// <summary>
    /// Traces every turn as a <c>segmentai.turn</c> span with its reply kind, skill, tokens and cost, and records the
    /// turn metrics. Whoever listens to the "SegmentAI" source and meter decides what is kept.
    /// </summary>
    public static ConversationEngineBuilder UseOpenTelemetry(this ConversationEngineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(inner => new OpenTelemetryConversationEngine(inner));
    }
}
