using SegmentAI.Skills.Conversation;
using StackExchange.Redis;

namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// Channel deliveries taken, in Redis: one key per delivery written with <c>SET NX PX</c>, so check and record are one
/// atomic command across every host instance, and the key expires by itself when the window closes.
/// </summary>
internal sealed class RedisDeliveryLedger : IDeliveryLedger
{
    private const string Consequence = "duplicate channel deliveries cannot be recognised until it is back";

    private readonly RedisConnection _connection;
    private readonly RedisSessionKeys _keys;

    /// <summary>Creates the ledger over <paramref name="connection"/>; throws <see cref="ArgumentException"/> for bad options.</summary>
    public RedisDeliveryLedger(RedisConnection connection, RedisShortTermOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connection = connection;
        _keys = new RedisSessionKeys(options.KeyPrefix);
    }

    /// <inheritdoc />
    public Task<bool> TryTakeAsync(string channel, string workspace, string deliveryId, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var key = Key(channel, workspace, deliveryId);
        return _connection.RunAsync(db => db.StringSetAsync(key, 1, window, When.NotExists), "record a channel delivery", Consequence, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string channel, string workspace, string deliveryId, CancellationToken cancellationToken = default)
    {
        var key = Key(channel, workspace, deliveryId);
        return _connection.RunAsync(db => db.KeyDeleteAsync(key), "release a channel delivery", Consequence, cancellationToken);
    }

    private RedisKey Key(string channel, string workspace, string deliveryId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryId);
        return _keys.Delivery(channel, workspace, deliveryId);
    }
}
