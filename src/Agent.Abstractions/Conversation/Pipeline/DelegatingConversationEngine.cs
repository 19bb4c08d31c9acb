using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>
/// A conversation engine that passes every message to an inner engine: the base of the admission pipeline's steps
/// (logging, tracing, error replies, limits, identity, duplicate deliveries), composed by
/// <c>ConversationEngineBuilder</c> the way Microsoft.Extensions.AI composes a <c>DelegatingChatClient</c>.
/// </summary>
public abstract class DelegatingConversationEngine : IConversationEngine
{
    /// <summary>Wraps <paramref name="innerEngine"/>.</summary>
    protected DelegatingConversationEngine(IConversationEngine innerEngine)
    {
        ArgumentNullException.ThrowIfNull(innerEngine);
        InnerEngine = innerEngine;
    }

    /// <summary>The engine every message is passed on to.</summary>
    protected IConversationEngine InnerEngine { get; }

    /// <inheritdoc />
    public virtual Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default) =>
        InnerEngine.HandleAsync(request, cancellationToken);
}
