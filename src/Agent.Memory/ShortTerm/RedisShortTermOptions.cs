namespace SegmentAI.Memory.ShortTerm;

/// <summary>Where short-term memory lives in Redis and how long it may take.</summary>
public sealed class RedisShortTermOptions
{
    /// <summary>StackExchange.Redis connection string, e.g. <c>127.0.0.1:6379</c> or <c>redis.internal:6379,password=…</c>.</summary>
    public string ConnectionString { get; set; } = "127.0.0.1:6379";

    /// <summary>First part of every key; separate deployments sharing a server use separate prefixes.</summary>
    public string KeyPrefix { get; set; } = "segmentai";

    /// <summary>How long an untouched session lives; every save starts it again.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Longest a load, save, delete or erase may take before it is reported as unavailable. A save that reaches the
    /// server after this budget is refused there, so the server's clock and this host's must agree to well within it.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Throws <see cref="ArgumentException"/> naming the setting that is wrong and what it should be.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("The Redis connection string is empty; set it to host:port, e.g. 127.0.0.1:6379.", nameof(ConnectionString));
        }

        if (string.IsNullOrEmpty(KeyPrefix) || !KeyPrefix.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            throw new ArgumentException(
                $"The Redis key prefix '{KeyPrefix}' must be non-empty and use only letters, digits, '-', '_', '.' and ':' (no braces: they would move the tenant's hash slot).",
                nameof(KeyPrefix));
        }

        if (TimeToLive < TimeSpan.FromMilliseconds(1))
        {
            throw new ArgumentException($"The session time to live must be at least 1 ms (got {TimeToLive}).", nameof(TimeToLive));
        }

        if (OperationTimeout < TimeSpan.FromMilliseconds(1) || OperationTimeout > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"The Redis operation timeout must be between 1 ms and 10 minutes (got {OperationTimeout}).", nameof(OperationTimeout));
        }
    }
}
