using System.Collections.Concurrent;
using SegmentAI.Host.Channels;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Tests.Channels;

/// <summary>A reply target that keeps what the channel layer sent, and can be told to fail deliveries.</summary>
internal sealed class RecordingReplyTarget : IChannelReplyTarget
{
    private readonly ConcurrentQueue<ChatReply> _replies = new();
    private int _progress;

    public IReadOnlyList<ChatReply> Replies => [.. _replies];

    public int ProgressSignals => Volatile.Read(ref _progress);

    public bool FailDeliveries { get; set; }

    /// <summary>Completed at every progress signal after the first, so a test can wait for the turn to be kept alive.</summary>
    public TaskCompletionSource SecondProgress { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task ShowProgressAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _progress) >= 2)
        {
            SecondProgress.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken = default)
    {
        if (FailDeliveries)
        {
            throw new HttpRequestException("the channel refused the reply");
        }

        _replies.Enqueue(reply);
        return Task.CompletedTask;
    }
}
