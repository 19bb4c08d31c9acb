using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation.Pipeline;

/// <summary>An engine that answers every message with what the script makes of it, and keeps the requests it saw.</summary>
internal sealed class ScriptedConversationEngine(Func<ChatRequest, ChatReply> script) : IConversationEngine
{
    public List<ChatRequest> Requests { get; } = [];

    public static ScriptedConversationEngine Echo() =>
        new(request => new ChatReply { Kind = ReplyKind.Answer, Text = $"echo: {request.Text}", SessionId = request.SessionId ?? "none" });

    public static ScriptedConversationEngine Throwing(Exception exception) => new(_ => throw exception);

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request);
        return Task.FromResult(script(request));
    }
}
