using System.Diagnostics;
using SegmentAI.Memory.Resilience;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Memory.Tests.Servers;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>
/// Redis failing under a conversation: each test has its own redis-server (append-only, fsync on every write) that
/// it kills, pauses and restarts, with the store bounded the way the host bounds it.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private const string Tenant = "acme-retail";

    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500);

    // Generous so a loaded build machine does not fail it: it guards against hanging, not against being slow.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(2.5);

    private readonly RedisServerProcess _server = new();
    private readonly RedisConnection _connection;
    private readonly ISessionStore _store;

    public RedisOutageTests()
    {
        var options = new RedisShortTermOptions { ConnectionString = _server.ConnectionString, OperationTimeout = Budget };
        _connection = new RedisConnection(options);
        _store = new TimeBudgetSessionStore(new RedisSessionStore(_connection, options), Budget, $"Redis at {_connection.Server}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_killed_server_fails_calls_within_the_budget_and_the_session_resumes_with_its_last_draft_after_restart()
    {
        await _server.StartAsync();
        var first = await SetUpAsync();
        var last = await _store.SaveAsync(first with { Draft = first.Draft!.Change(first.Draft.History[0]), TaskStep = "idle" });

        _server.Kill();

        await AssertUnavailableQuicklyAsync(() => _store.LoadAsync(Tenant, "s1"));
        await AssertUnavailableQuicklyAsync(() => _store.SaveAsync(last with { TaskStep = "while down" }));
        await _server.StartAsync();
        var resumed = await EventuallyAsync(() => _store.LoadAsync(Tenant, "s1"));
        var next = await _store.SaveAsync(resumed! with { TaskStep = "after restart" });

        SessionAssert.Equivalent(last, resumed);
        Assert.Equal(3, next.Version);
    }

    [Fact]
    public async Task A_save_that_fails_while_the_server_is_down_leaves_the_stored_version_and_draft_as_they_were()
    {
        await _server.StartAsync();
        var stored = await SetUpAsync();
        _server.Kill();

        await AssertUnavailableQuicklyAsync(() => _store.SaveAsync(stored with { Draft = stored.Draft!.Change(Definition("lost edit")), TaskStep = "lost" }));
        await _server.StartAsync();

        var loaded = await EventuallyAsync(() => _store.LoadAsync(Tenant, "s1"));
        SessionAssert.Equivalent(stored, loaded);
        Assert.Equal(2, (await _store.SaveAsync(loaded!)).Version);
    }

    [Fact]
    public async Task A_paused_server_times_out_within_the_budget_its_late_save_never_lands_and_it_works_again_when_resumed()
    {
        await _server.StartAsync();
        var stored = await SetUpAsync();

        _server.Pause();
        try
        {
            await AssertUnavailableQuicklyAsync(() => _store.SaveAsync(stored with { TaskStep = "late" }));
            await AssertUnavailableQuicklyAsync(() => _store.LoadAsync(Tenant, "s1"));
        }
        finally
        {
            _server.Resume();
        }

        var loaded = await EventuallyAsync(() => _store.LoadAsync(Tenant, "s1"));
        SessionAssert.Equivalent(stored, loaded);
        Assert.Equal(2, (await _store.SaveAsync(loaded!)).Version);
    }

    [Fact]
    public async Task The_store_starts_while_redis_is_down_and_connects_once_it_is_up()
    {
        var error = await AssertUnavailableQuicklyAsync(() => _store.LoadAsync(Tenant, "s1"));
        await _server.StartAsync();

        var saved = await EventuallyAsync(() => _store.SaveAsync(SessionState.Start(Tenant, "ana", "s1")));

        Assert.Contains(_server.ConnectionString, error.Message, StringComparison.Ordinal);
        Assert.Contains("is running", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, saved.Version);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        _server.Dispose();
    }

    private static async Task<MemoryUnavailableException> AssertUnavailableQuicklyAsync(Func<Task> call)
    {
        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(call);
        Assert.True(watch.Elapsed < HangGuard, $"the call took {watch.Elapsed.TotalMilliseconds:0} ms with a {Budget.TotalMilliseconds:0} ms budget");
        Assert.Equal(MemoryUnavailableException.ShortTerm, error.Store);
        return error;
    }

    /// <summary>
    /// The first save to a freshly started server, retried: on a loaded machine its first answer can miss the budget,
    /// and the server refuses a save that arrives after its deadline, so a retry never saves twice.
    /// </summary>
    private Task<SessionState> SetUpAsync() => EventuallyAsync(() => _store.SaveAsync(SampleSessions.Rich(Tenant, "ana", "s1")));

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> call)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await call();
            }
            catch (MemoryUnavailableException) when (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                await Task.Delay(100);
            }
        }
    }

    private static SegmentDefinition Definition(string sourceText) => new()
    {
        Root = new SegmentCondition { Id = "C1", SourceText = sourceText, Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };
}
