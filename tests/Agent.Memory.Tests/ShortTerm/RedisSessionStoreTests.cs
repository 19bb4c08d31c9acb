using SegmentAI.Memory.ShortTerm;
using SegmentAI.Memory.Tests.Servers;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;
using StackExchange.Redis;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>What only the Redis store does: its key layout, time to live on the server, and unreadable entries.</summary>
public sealed class RedisSessionStoreTests : IClassFixture<RedisStoreFixture>, IAsyncLifetime
{
    private readonly RedisStoreFixture _fixture;
    private readonly string _prefix = TestRedis.UniquePrefix();
    private readonly RedisConnection _connection;
    private readonly RedisSessionStore _store;

    public RedisSessionStoreTests(RedisStoreFixture fixture)
    {
        _fixture = fixture;
        var options = new RedisShortTermOptions { ConnectionString = TestRedis.ConnectionString, KeyPrefix = _prefix };
        _connection = new RedisConnection(options);
        _store = new RedisSessionStore(_connection, options);
    }

    private IDatabase Redis => _fixture.Redis.GetDatabase();

    [Fact]
    public async Task A_session_is_a_hash_under_its_tenant_hash_tag_listed_in_its_users_index()
    {
        await _store.SaveAsync(SessionState.Start("acme-retail", "ana@acme", "s1"));

        var key = $"{_prefix}:{{acme-retail}}:session:s1";
        var index = $"{_prefix}:{{acme-retail}}:user:ana@acme:sessions";
        Assert.Equal(RedisType.Hash, await Redis.KeyTypeAsync(key));
        Assert.Equal("1", (string?)await Redis.HashGetAsync(key, "version"));
        Assert.Equal(["s1"], (await Redis.SetMembersAsync(index)).Select(m => (string?)m));
        Assert.Equal(_fixture.Redis.HashSlot(key), _fixture.Redis.HashSlot(index));
    }

    [Fact]
    public async Task Separators_braces_and_wildcards_in_ids_are_encoded_inside_the_key()
    {
        await _store.SaveAsync(SessionState.Start("acme}:x", "ana", "a:{b}*%"));

        Assert.True(await Redis.KeyExistsAsync($"{_prefix}:{{acme%7D%3Ax}}:session:a%3A%7Bb%7D%2A%25"));
    }

    [Fact]
    public async Task Saves_give_the_session_and_its_user_index_the_time_to_live_again()
    {
        var key = $"{_prefix}:{{acme-retail}}:session:s1";
        var index = $"{_prefix}:{{acme-retail}}:user:ana:sessions";
        var saved = await _store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));
        await Redis.KeyExpireAsync(key, TimeSpan.FromSeconds(30));
        await Redis.KeyExpireAsync(index, TimeSpan.FromSeconds(30));

        await _store.SaveAsync(saved);

        foreach (var ttl in new[] { await Redis.KeyTimeToLiveAsync(key), await Redis.KeyTimeToLiveAsync(index) })
        {
            Assert.InRange(ttl!.Value, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));
        }
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"session_id\":\"other\",\"tenant_id\":\"acme-retail\",\"user_id\":\"ana\",\"turns\":[],\"draft\":null,\"pending\":null,\"ambiguities\":[],\"task_step\":\"idle\",\"version\":1}")]
    public async Task An_unreadable_stored_session_loads_as_a_fresh_one_that_the_next_save_replaces(string storedJson)
    {
        var saved = await _store.SaveAsync(SampleSessions.Rich("acme-retail", "ana", "s1"));
        await Redis.HashSetAsync($"{_prefix}:{{acme-retail}}:session:s1", "state", storedJson);

        var loaded = await _store.LoadAsync("acme-retail", "s1");
        var replaced = await _store.SaveAsync(loaded! with { TaskStep = "recovered" });

        Assert.Equal(saved.Version, loaded!.Version);
        Assert.Equal("ana", loaded.UserId);
        Assert.Empty(loaded.Turns);
        Assert.Null(loaded.Draft);
        Assert.Equal("recovered", (await _store.LoadAsync("acme-retail", "s1"))!.TaskStep);
        Assert.Equal(saved.Version + 1, replaced.Version);
    }

    [Fact]
    public async Task An_unreadable_stored_version_counts_as_0_for_loading_and_saving_alike()
    {
        await _store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));
        await Redis.HashSetAsync($"{_prefix}:{{acme-retail}}:session:s1", "version", "garbage");

        var loaded = await _store.LoadAsync("acme-retail", "s1");
        var saved = await _store.SaveAsync(loaded!);

        Assert.Equal(0, loaded!.Version);
        Assert.Equal(1, saved.Version);
    }

    [Theory]
    [InlineData("", "s1")]
    [InlineData(" ", "s1")]
    [InlineData("acme-retail", "")]
    public async Task Blank_ids_are_rejected_with_the_argument_named(string tenantId, string sessionId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.LoadAsync(tenantId, sessionId));

        Assert.Contains(tenantId.Trim().Length == 0 ? "tenantId" : "sessionId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "segmentai", "ConnectionString")]
    [InlineData("password=secret", "segmentai", "ConnectionString")]
    [InlineData("127.0.0.1:6379,no-such-option=1", "segmentai", "ConnectionString")]
    [InlineData("127.0.0.1:6379", "", "KeyPrefix")]
    [InlineData("127.0.0.1:6379", "seg{acme}", "KeyPrefix")]
    [InlineData("127.0.0.1:6379", "seg ai", "KeyPrefix")]
    public void Bad_options_are_rejected_saying_which_setting_is_wrong(string connectionString, string prefix, string setting)
    {
        var options = new RedisShortTermOptions { ConnectionString = connectionString, KeyPrefix = prefix };

        var error = Assert.Throws<ArgumentException>(() => new RedisConnection(options));

        Assert.Equal(setting, error.ParamName);
    }

    [Fact]
    public void A_time_to_live_or_timeout_of_zero_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new RedisShortTermOptions { TimeToLive = TimeSpan.Zero }.Validate());
        Assert.Throws<ArgumentException>(() => new RedisShortTermOptions { OperationTimeout = TimeSpan.Zero }.Validate());
    }

    [Fact]
    public async Task A_store_whose_connection_was_closed_at_shutdown_reports_short_term_memory_unavailable()
    {
        await _store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));
        await _connection.DisposeAsync();

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => _store.LoadAsync("acme-retail", "s1"));

        Assert.Equal(MemoryUnavailableException.ShortTerm, error.Store);
        Assert.Contains("shutting down", error.Message, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await TestRedis.DeleteKeysAsync(_fixture.Redis, _prefix);
    }
}
