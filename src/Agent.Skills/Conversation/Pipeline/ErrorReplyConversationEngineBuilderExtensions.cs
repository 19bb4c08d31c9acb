using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>Adds polite error replies to a conversation pipeline.</summary>
public static class ErrorReplyConversationEngineBuilderExtensions
{
    /// <summary>
    /// Answers an engine failure with one error reply in the same session (text, trace id, an <c>error</c> card) and
    /// logs the exception with that trace id; only cancellation of the caller's token still throws.
    /// </summary>
    public static ConversationEngineBuilder UseErrorReplies(this ConversationEngineBuilder builder, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var factory = loggerFactory ?? services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return new ErrorReplyConversationEngine(inner, factory.CreateLogger(LoggingConversationEngineBuilderExtensions.Category));
        });
    }
}
