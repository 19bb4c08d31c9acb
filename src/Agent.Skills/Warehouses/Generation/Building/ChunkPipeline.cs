using System.Threading.Channels;

namespace SegmentAI.Skills.Warehouses.Generation.Building;

/// <summary>
/// Overlaps row synthesis with DuckDB appends: one producer builds chunks strictly in order (so ids and
/// rows are deterministic) while the caller appends the previous chunk. The bounded channel keeps memory flat
/// however many entities are generated.
/// </summary>
internal static class ChunkPipeline
{
    public static async Task RunAsync<TChunk>(
        int chunkCount,
        Func<int, TChunk> produce,
        Action<TChunk> consume,
        CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<TChunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    for (var i = 0; i < chunkCount; i++)
                    {
                        linked.Token.ThrowIfCancellationRequested();
                        await channel.Writer.WriteAsync(produce(i), linked.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                consume(chunk);
            }
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }

        await channel.Reader.Completion.ConfigureAwait(false);
    }
}
