using System.Collections.Concurrent;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Host.Tests.Channels;

/// <summary>A stand-in engine whose turns wait until the test lets them finish, so "still running" is a state, not a race.</summary>
internal sealed class GatedConversationEngine : IConversationEngine
{
    private readonly ConcurrentQueue<ChatRequest> _requests = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ChatRequest> Requests => [.. _requests];

    /// <summary>Completes when the first turn has reached the engine.</summary>
    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        _requests.Enqueue(request);
        _started.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        return new ChatReply { Kind = ReplyKind.Answer, Text = "done: " + request.Text, SessionId = request.SessionId ?? "s" };
    }
}
