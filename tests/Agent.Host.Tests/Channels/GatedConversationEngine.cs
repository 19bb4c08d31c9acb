using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Host.Tests.Channels;

/// <summary>An engine whose turns wait until the test opens the gate, to observe what happens while a turn runs.</summary>
internal sealed class GatedConversationEngine : IConversationEngine
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        Entered.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return new ChatReply { Kind = ReplyKind.Answer, Text = "done: " + request.Text, SessionId = request.SessionId ?? "gated" };
    }
}
