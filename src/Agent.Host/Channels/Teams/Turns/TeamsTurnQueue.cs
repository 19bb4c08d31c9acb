using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SegmentAI.Host.Channels.Teams.Configuration;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>
/// Messages admitted by <c>/api/messages</c> and not yet answered, in bounded lanes, one per worker. A conversation
/// always maps to the same lane, so its messages are answered in the order they arrived (a clarification's answer
/// never overtakes the request it answers), while different conversations proceed side by side.
/// </summary>
internal sealed class TeamsTurnQueue
{
    private readonly Channel<TeamsWork>[] _lanes;

    public TeamsTurnQueue(IOptions<TeamsOptions> options)
    {
        var settings = options.Value;
        var workers = Math.Max(1, settings.Workers);
        var capacity = Math.Max(1, settings.QueueCapacity / workers);
        _lanes = [.. Enumerable.Range(0, workers).Select(_ => Channel.CreateBounded<TeamsWork>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        }))];
    }

    public int LaneCount => _lanes.Length;

    /// <summary>Admits <paramref name="work"/>; false when its lane is full or the host is shutting down.</summary>
    public bool TryEnqueue(TeamsWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var key = work.Address.Conversation.Id ?? "";
        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length);
        return _lanes[lane].Writer.TryWrite(work);
    }

    public ChannelReader<TeamsWork> Lane(int index) => _lanes[index].Reader;

    /// <summary>Admits nothing more; what is queued is still answered.</summary>
    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }
    }
}
