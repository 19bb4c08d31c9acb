using Microsoft.Extensions.Caching.Memory;

namespace SegmentAI.Skills.Behaviour;

/// <summary>
/// Keeps the last few analyses for a while, each started once and shared by every caller asking for the same key
/// meanwhile, so one caller cancelling does not cancel it for the others. A failed analysis is not kept: the
/// warehouse may be back, or the data grown, by the next request.
/// </summary>
/// <typeparam name="TKey">What identifies an analysis (tenant, warehouse content, window, settings).</typeparam>
/// <typeparam name="TResult">The analysis.</typeparam>
internal sealed class RecentAnalyses<TKey, TResult>(int kept, TimeSpan lifetime) : IDisposable
    where TKey : notnull
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = kept });

    /// <summary>The analysis of <paramref name="key"/>, started with <paramref name="start"/> when none is kept.</summary>
    public async Task<TResult> GetAsync(TKey key, Func<Task<TResult>> start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        Task<TResult> running;
        lock (_cache)
        {
            if (!_cache.TryGetValue(key, out running!))
            {
                running = start();
                _cache.Set(key, running, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
            }
        }

        try
        {
            return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (running.IsFaulted)
        {
            _cache.Remove(key);
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
