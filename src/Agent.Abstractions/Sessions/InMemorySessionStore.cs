using System.Collections.Concurrent;
using SegmentAI.Skills.Privacy;

namespace SegmentAI.Skills.Sessions;

/// <summary>The embedded short-term memory: in process, with the same 24-hour time to live as the Redis store.</summary>
public sealed class InMemorySessionStore : ISessionStore, IPersonalDataEraser
{
    /// <summary>How long an untouched session lives.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<(string Tenant, string Session), (SessionState State, DateTimeOffset ExpiresAt)> _sessions = new();
    // Expired sessions are swept out at most this often by saves, so an idle host's memory does not keep them.
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private DateTimeOffset _lastPurge;

    /// <summary>Creates the store.</summary>
    public InMemorySessionStore(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Sessions held, expired ones included until they are purged.</summary>
    public int Count => _sessions.Count;

    /// <summary>Drops the sessions whose time to live is over and returns how many went; the retention job calls it, and saves do now and then.</summary>
    public int PurgeExpired()
    {
        var now = _time.GetUtcNow();
        _lastPurge = now;
        var removed = 0;
        foreach (var (key, entry) in _sessions)
        {
            if (entry.ExpiresAt <= now && _sessions.TryRemove(new KeyValuePair<(string, string), (SessionState, DateTimeOffset)>(key, entry)))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    public Task<SessionState?> LoadAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default)
    {
        if (_sessions.TryGetValue((tenantId, sessionId), out var entry) && entry.ExpiresAt > _time.GetUtcNow())
        {
            return Task.FromResult<SessionState?>(entry.State);
        }

        return Task.FromResult<SessionState?>(null);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sessions.TryRemove((tenantId, sessionId), out var entry) && entry.ExpiresAt > _time.GetUtcNow());

    /// <inheritdoc />
    public Task<ErasureReport> EraseUserAsync(string tenantId, string userId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var removed = _sessions.Where(s => s.Key.Tenant == tenantId && s.Value.State.UserId == userId)
            .Count(s => _sessions.TryRemove(s.Key, out var entry) && entry.ExpiresAt > now);
        return Task.FromResult(new ErasureReport(new Dictionary<string, int> { [Erasure.Sessions] = removed }));
    }

    /// <inheritdoc />
    public Task<SessionState> SaveAsync(SessionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = (state.TenantId, state.SessionId);
        var now = _time.GetUtcNow();
        if (now - _lastPurge > PurgeInterval)
        {
            PurgeExpired();
        }

        var saved = state with { Version = state.Version + 1 };
        while (true)
        {
            var exists = _sessions.TryGetValue(key, out var current);
            var storedVersion = exists && current.ExpiresAt > now ? current.State.Version : 0;
            if (storedVersion != state.Version)
            {
                throw new SessionConflictException(state.SessionId, state.Version, storedVersion);
            }

            // Compare-and-swap on the exact entry read, so two concurrent saves of one version cannot both win.
            var next = (saved, now + TimeToLive);
            if (exists ? _sessions.TryUpdate(key, next, current) : _sessions.TryAdd(key, next))
            {
                return Task.FromResult(saved);
            }
        }
    }
}
