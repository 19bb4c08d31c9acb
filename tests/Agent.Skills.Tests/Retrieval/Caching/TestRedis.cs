using StackExchange.Redis;

namespace SegmentAI.Skills.Tests.Retrieval.Caching;

/// <summary>The Redis server the tests share: SEGMENTAI_TEST_REDIS, or 127.0.0.1:6379. A test that needs it fails when it is down.</summary>
internal static class TestRedis
{
    public const string EnvironmentVariable = "SEGMENTAI_TEST_REDIS";
    public const string DefaultConnectionString = "127.0.0.1:6379";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>A connection to the test server, or a failed test saying how to start one.</summary>
    public static async Task<ConnectionMultiplexer> ConnectAsync()
    {
        try
        {
            var options = ConfigurationOptions.Parse(ConnectionString);
            options.ConnectTimeout = 2_000;
            options.AllowAdmin = false;
            var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return connection;
        }
        catch (RedisConnectionException ex)
        {
            Assert.Fail($"Redis is unreachable at {ConnectionString} ({ex.Message}). Start it with "
                + "`redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save \"\" --appendonly no` "
                + $"or point {EnvironmentVariable} at a running server.");
            throw;
        }
    }

    /// <summary>Every key under <paramref name="prefix"/>.</summary>
    public static async Task<IReadOnlyList<RedisKey>> KeysAsync(ConnectionMultiplexer connection, string prefix)
    {
        var keys = new List<RedisKey>();
        foreach (var endpoint in connection.GetEndPoints())
        {
            await foreach (var key in connection.GetServer(endpoint).KeysAsync(pattern: prefix + "*"))
            {
                keys.Add(key);
            }
        }

        return keys;
    }
}
