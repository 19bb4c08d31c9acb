using Microsoft.Extensions.Time.Testing;
using SegmentAI.Memory.Resilience;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.Resilience;

public sealed class TimeBudgetSessionStoreTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(500);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Answers_within_the_budget_pass_through()
    {
        var inner = new InMemorySessionStore();
        var store = new TimeBudgetSessionStore(inner, Budget, time: _time);

        var saved = await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));

        Assert.Equal(1, saved.Version);
        Assert.Equal(1, (await store.LoadAsync("acme-retail", "s1"))!.Version);
        Assert.True(await store.DeleteAsync("acme-retail", "s1"));
    }

    [Fact]
    public async Task A_store_that_never_answers_is_unavailable_once_the_budget_is_spent()
    {
        var store = new TimeBudgetSessionStore(new HangingStore(honoursCancellation: false), Budget, time: _time);

        var load = store.LoadAsync("acme-retail", "s1");
        _time.Advance(Budget - TimeSpan.FromMilliseconds(1));
        Assert.False(load.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => load);
        Assert.Equal(MemoryUnavailableException.ShortTerm, error.Store);
        Assert.Contains("500 ms budget", error.Message, StringComparison.Ordinal);
        Assert.Contains("the session store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_call_is_bounded()
    {
        var store = new TimeBudgetSessionStore(new HangingStore(honoursCancellation: false), Budget, time: _time);

        var calls = new Task[]
        {
            store.LoadAsync("acme-retail", "s1"),
            store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1")),
            store.DeleteAsync("acme-retail", "s1"),
        };
        _time.Advance(Budget);

        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<MemoryUnavailableException>(() => call);
        }
    }

    [Fact]
    public async Task The_store_is_told_to_stop_when_the_budget_is_spent()
    {
        var inner = new HangingStore(honoursCancellation: true);
        var store = new TimeBudgetSessionStore(inner, Budget, time: _time);

        var save = store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));
        _time.Advance(Budget);

        await Assert.ThrowsAsync<MemoryUnavailableException>(() => save);
        Assert.True(inner.LastToken.IsCancellationRequested);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        var store = new TimeBudgetSessionStore(new HangingStore(honoursCancellation: false), Budget, time: _time);
        using var caller = new CancellationTokenSource();

        var load = store.LoadAsync("acme-retail", "s1", caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
    }

    [Fact]
    public async Task Store_errors_pass_through_unchanged()
    {
        var store = new TimeBudgetSessionStore(new InMemorySessionStore(), Budget, time: _time);
        await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));

        await Assert.ThrowsAsync<SessionConflictException>(() => store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1")));
    }

    [Fact]
    public void A_budget_of_zero_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeBudgetSessionStore(new InMemorySessionStore(), TimeSpan.Zero));
    }

    private sealed class HangingStore(bool honoursCancellation) : ISessionStore
    {
        public CancellationToken LastToken { get; private set; }

        public Task<SessionState?> LoadAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default) => Hang<SessionState?>(cancellationToken);

        public Task<bool> DeleteAsync(string tenantId, string sessionId, CancellationToken cancellationToken = default) => Hang<bool>(cancellationToken);

        public Task<SessionState> SaveAsync(SessionState state, CancellationToken cancellationToken = default) => Hang<SessionState>(cancellationToken);

        private async Task<T> Hang<T>(CancellationToken cancellationToken)
        {
            LastToken = cancellationToken;
            await Task.Delay(Timeout.Infinite, honoursCancellation ? cancellationToken : CancellationToken.None);
            throw new InvalidOperationException("unreachable");
        }
    }
}
