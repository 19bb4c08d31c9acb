using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Web.Dashboard;

/// <summary>Answers every message with one personas view, as the behaviour_personas skill answers it.</summary>
internal sealed class PersonasEngine(IReadOnlyList<ReplyContent> contents) : IConversationEngine
{
    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ChatReply
        {
            Kind = ReplyKind.Answer,
            Text = ((TextContent)contents[0]).Text,
            SessionId = request.SessionId ?? "personas",
            Contents = contents,
        });
}
