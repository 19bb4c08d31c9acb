using SegmentAI.Memory.ShortTerm;
using SegmentAI.Memory.Tests.Servers;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class RedisSessionStoreContractTests : SessionStoreContract, IClassFixture<RedisStoreFixture>, IAsyncLifetime
{
    private static readonly TimeSpan ShortTimeToLive = TimeSpan.FromSeconds(1);

    private readonly RedisStoreFixture _fixture;
    private readonly string _prefix = TestRedis.UniquePrefix();
    private readonly List<RedisConnection> _connections = [];
    private readonly RedisSessionStore _store;

    public RedisSessionStoreContractTests(RedisStoreFixture fixture)
    {
        _fixture = fixture;
        _store = CreateStore(TimeSpan.FromHours(24));
    }

    protected override ISessionStore Store => _store;

    protected override (ISessionStore Store, Func<Task> OutliveTimeToLive) ExpiringStore() =>
        (CreateStore(ShortTimeToLive), () => Task.Delay(ShortTimeToLive + TimeSpan.FromMilliseconds(500)));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await TestRedis.DeleteKeysAsync(_fixture.Redis, _prefix);
    }

    private RedisSessionStore CreateStore(TimeSpan timeToLive)
    {
        var options = new RedisShortTermOptions { ConnectionString = TestRedis.ConnectionString, KeyPrefix = _prefix, TimeToLive = timeToLive };
        var connection = new RedisConnection(options);
        _connections.Add(connection);
        return new RedisSessionStore(connection, options);
    }
}
