using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Channels.Slack;

/// <summary>The real engine, pointed at a generated warehouse the way the CLI's --warehouse flag points it.</summary>
internal sealed class WarehouseEngine(IConversationEngine engine, string warehouse) : IConversationEngine
{
    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default) =>
        engine.HandleAsync(request with { Warehouse = warehouse }, cancellationToken);
}
