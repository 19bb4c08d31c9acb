using Microsoft.Extensions.Logging;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation.Pipeline;

public sealed class LoggingConversationEngineTests
{
    [Fact]
    public async Task What_a_person_wrote_is_logged_only_at_trace_and_the_turn_at_debug()
    {
        var factory = new RecordingLoggerFactory();
        var logger = factory.Logger;
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Echo()).UseLogging(factory).Build();

        await engine.HandleAsync(new ChatRequest("acme-retail", "marco.marketer@acme", "s-2", "customers named Alice Smith", "teams"));

        var withText = logger.Entries.Where(e => e.Message.Contains("Alice Smith", StringComparison.Ordinal)).ToList();
        Assert.All(withText, e => Assert.Equal(LogLevel.Trace, e.Level));
        Assert.Single(withText);
        var turn = Assert.Single(logger.Entries, e => e.Level == LogLevel.Debug);
        Assert.Contains("teams", turn.Message, StringComparison.Ordinal);
        Assert.Contains("Answer reply", turn.Message, StringComparison.Ordinal);
        Assert.Equal([LoggingConversationEngineBuilderExtensions.Category], factory.Categories);
    }
}
