using System.Collections.Concurrent;

namespace SegmentAI.Skills.Conversation;

/// <summary>The embedded delivery ledger: in process, entries expire after their window and are swept as new ones arrive.</summary>
public sealed class InMemoryDeliveryLedger : IDeliveryLedger
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<(string Channel, string Workspace, string Delivery), DateTimeOffset> _taken = new();
    private readonly TimeProvider _time;
    private int _sinceSweep;

    /// <summary>Creates the ledger.</summary>
    public InMemoryDeliveryLedger(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<bool> TryTakeAsync(string channel, string workspace, string deliveryId, TimeSpan window, CancellationToken cancellationToken = default)
    {
        Validate(channel, workspace, deliveryId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        if (Interlocked.Increment(ref _sinceSweep) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var key = (channel, workspace, deliveryId);
        var expiresAt = now + window;
        while (true)
        {
            if (_taken.TryAdd(key, expiresAt))
            {
                return Task.FromResult(true);
            }

            if (!_taken.TryGetValue(key, out var current))
            {
                continue;
            }

            if (current > now)
            {
                return Task.FromResult(false);
            }

            // An expired entry is replaced atomically: of two racing copies only one update succeeds.
            if (_taken.TryUpdate(key, expiresAt, current))
            {
                return Task.FromResult(true);
            }
        }
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string channel, string workspace, string deliveryId, CancellationToken cancellationToken = default)
    {
        Validate(channel, workspace, deliveryId);
        _taken.TryRemove((channel, workspace, deliveryId), out _);
        return Task.CompletedTask;
    }

    private static void Validate(string channel, string workspace, string deliveryId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _taken)
        {
            if (entry.Value <= now)
            {
                _taken.TryRemove(entry);
            }
        }
    }
}
