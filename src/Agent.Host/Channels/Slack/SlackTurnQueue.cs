using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SegmentAI.Host.Channels.Slack;

/// <summary>
/// Turns accepted by the endpoints, waiting for a worker: one bounded queue per worker, chosen by session, so the
/// messages of one thread are answered one after another and in order. When a queue is full the turn goes to a
/// small queue of "busy" notices instead; when that is full too, the turn is only logged.
/// </summary>
internal sealed class SlackTurnQueue
{
    private const int NoticeCapacity = 32;

    private readonly Channel<SlackTurn>[] _turns;
    private readonly Channel<SlackTurn> _notices = Channel.CreateBounded<SlackTurn>(new BoundedChannelOptions(NoticeCapacity) { SingleReader = true });

    public SlackTurnQueue(IOptions<SlackOptions> options)
    {
        var settings = options.Value;
        _turns = Enumerable.Range(0, settings.Workers)
            .Select(_ => Channel.CreateBounded<SlackTurn>(new BoundedChannelOptions(settings.QueueCapacity) { SingleReader = true }))
            .ToArray();
    }

    /// <summary>One queue per worker.</summary>
    public IReadOnlyList<ChannelReader<SlackTurn>> Turns => [.. _turns.Select(t => t.Reader)];

    /// <summary>Turns that found their queue full, to be told so.</summary>
    public ChannelReader<SlackTurn> Notices => _notices.Reader;

    /// <summary>Queues <paramref name="turn"/>; false when its queue is full or the host is stopping.</summary>
    public bool TryEnqueue(SlackTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var key = turn.Message.SessionId ?? turn.ChannelId;
        var index = (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_turns.Length);
        return _turns[index].Writer.TryWrite(turn);
    }

    /// <summary>Queues a "busy" notice for <paramref name="turn"/>; false when even that queue is full.</summary>
    public bool TryEnqueueBusy(SlackTurn turn) => _notices.Writer.TryWrite(turn);

    /// <summary>Takes no more turns; the workers finish the queued ones and stop.</summary>
    public void Complete()
    {
        foreach (var turns in _turns)
        {
            turns.Writer.TryComplete();
        }

        _notices.Writer.TryComplete();
    }
}
