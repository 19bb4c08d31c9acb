using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SegmentAI.Skills.Conversation.Pipeline;

/// <summary>Adds turn logging to a conversation pipeline.</summary>
public static class LoggingConversationEngineBuilderExtensions
{
    /// <summary>The log category of the turn events.</summary>
    public const string Category = "SegmentAI.Chat";

    /// <summary>
    /// Logs every turn: the message text at Trace only, the reply kind and time at Debug. Uses
    /// <paramref name="loggerFactory"/>, or the pipeline's <see cref="ILoggerFactory"/>, or logs nothing.
    /// </summary>
    public static ConversationEngineBuilder UseLogging(this ConversationEngineBuilder builder, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use((inner, services) =>
        {
            var factory = loggerFactory ?? services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return new LoggingConversationEngine(inner, factory.CreateLogger(Category));
        });
    }
}
