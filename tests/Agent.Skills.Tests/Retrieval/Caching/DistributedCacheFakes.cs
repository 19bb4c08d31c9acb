using Microsoft.Extensions.Caching.Distributed;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

/// <summary>A distributed cache that is down.</summary>
internal sealed class FailingDistributedCache : IDistributedCache
{
    public byte[]? Get(string key) => throw new IOException("cache server unreachable");

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw new IOException("cache server unreachable");

    public void Refresh(string key) => throw new IOException("cache server unreachable");

    public Task RefreshAsync(string key, CancellationToken token = default) => throw new IOException("cache server unreachable");

    public void Remove(string key) => throw new IOException("cache server unreachable");

    public Task RemoveAsync(string key, CancellationToken token = default) => throw new IOException("cache server unreachable");

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new IOException("cache server unreachable");

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw new IOException("cache server unreachable");
}

/// <summary>An in-memory distributed cache that remembers the options each entry was written with.</summary>
internal sealed class RecordingDistributedCache : IDistributedCache
{
    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public Dictionary<string, DistributedCacheEntryOptions> Written { get; } = new(StringComparer.Ordinal);

    public byte[]? Get(string key) => _entries.GetValueOrDefault(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key) => _entries.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        _entries[key] = value;
        Written[key] = options;
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Set(key, value, options);
        return Task.CompletedTask;
    }
}

/// <summary>Reads another cache and drops every write.</summary>
internal sealed class ReadOnlyDistributedCache(IDistributedCache inner) : IDistributedCache
{
    public byte[]? Get(string key) => inner.Get(key);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

    public void Refresh(string key)
    {
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Remove(string key)
    {
    }

    public Task RemoveAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Task.CompletedTask;
}
