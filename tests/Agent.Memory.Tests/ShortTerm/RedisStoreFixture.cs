using SegmentAI.Memory.Tests.Servers;
using StackExchange.Redis;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>One direct connection to the test server per test class, to look at and clean up what the stores wrote.</summary>
public sealed class RedisStoreFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? _redis;

    public ConnectionMultiplexer Redis => _redis ?? throw new InvalidOperationException("the fixture is not initialized");

    public async Task InitializeAsync() => _redis = await TestRedis.ConnectAsync();

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
