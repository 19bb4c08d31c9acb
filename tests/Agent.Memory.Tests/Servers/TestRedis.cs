using StackExchange.Redis;

namespace SegmentAI.Memory.Tests.Servers;

/// <summary>
/// The Redis server the test script starts on loopback. A test that needs it fails with a message saying how to
/// get it; it is never skipped.
/// </summary>
public static class TestRedis
{
    public const string EnvironmentVariable = "SEGMENTAI_TEST_REDIS";

    public const string DefaultConnectionString = "127.0.0.1:6379";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>A direct connection for looking at keys the store wrote.</summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync()
    {
        try
        {
            var options = ConfigurationOptions.Parse(ConnectionString);
            options.ConnectTimeout = 3000;
            return await ConnectionMultiplexer.ConnectAsync(options);
        }
        catch (RedisConnectionException ex)
        {
            throw new InvalidOperationException(
                $"Redis is not reachable at {ConnectionString} ({ex.Message.Split('\n')[0]}). Run ./test.sh, which starts it, or start it with " +
                $"`redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save \"\" --appendonly no`, or point {EnvironmentVariable} at a server.", ex);
        }
    }

    /// <summary>A key prefix no other test run uses.</summary>
    public static string UniquePrefix() => $"segmentai-test-{Guid.NewGuid():N}";

    /// <summary>Deletes every key under <paramref name="prefix"/>.</summary>
    public static async Task DeleteKeysAsync(ConnectionMultiplexer redis, string prefix)
    {
        var database = redis.GetDatabase();
        foreach (var endPoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endPoint).KeysAsync(pattern: $"{prefix}:*"))
            {
                await database.KeyDeleteAsync(key);
            }
        }
    }
}
