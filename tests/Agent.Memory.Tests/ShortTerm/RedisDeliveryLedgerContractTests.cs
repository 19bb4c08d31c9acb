using SegmentAI.Memory.ShortTerm;
using SegmentAI.Memory.Tests.Servers;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class RedisDeliveryLedgerContractTests : DeliveryLedgerContract, IClassFixture<RedisStoreFixture>, IAsyncLifetime
{
    private readonly RedisStoreFixture _fixture;
    private readonly string _prefix = TestRedis.UniquePrefix();
    private readonly RedisConnection _connection;
    private readonly RedisDeliveryLedger _ledger;

    public RedisDeliveryLedgerContractTests(RedisStoreFixture fixture)
    {
        _fixture = fixture;
        var options = new RedisShortTermOptions { ConnectionString = TestRedis.ConnectionString, KeyPrefix = _prefix };
        _connection = new RedisConnection(options);
        _ledger = new RedisDeliveryLedger(_connection, options);
    }

    protected override IDeliveryLedger Ledger => _ledger;

    protected override TimeSpan ShortWindow => TimeSpan.FromMilliseconds(300);

    protected override Task OutliveAsync(TimeSpan window) => Task.Delay(window + TimeSpan.FromMilliseconds(400));

    [Fact]
    public async Task A_taken_delivery_is_one_expiring_key_under_the_workspace()
    {
        await _ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev9", TimeSpan.FromHours(1));

        var key = $"{_prefix}:{{T0ACMERTL}}:delivery:slack:Ev9";
        var ttl = await _fixture.Redis.GetDatabase().KeyTimeToLiveAsync(key);

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_short_term_memory_unavailable()
    {
        var options = new RedisShortTermOptions { ConnectionString = "127.0.0.1:1", KeyPrefix = _prefix, OperationTimeout = TimeSpan.FromMilliseconds(300) };
        await using var connection = new RedisConnection(options);
        var ledger = new RedisDeliveryLedger(connection, options);

        var ex = await Assert.ThrowsAsync<MemoryUnavailableException>(() => ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev10", TimeSpan.FromHours(1)));

        Assert.Equal(MemoryUnavailableException.ShortTerm, ex.Store);
        Assert.Contains("record a channel delivery", ex.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await TestRedis.DeleteKeysAsync(_fixture.Redis, _prefix);
    }
}
