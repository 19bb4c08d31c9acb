using Microsoft.Extensions.Time.Testing;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation;

public sealed class InMemorySessionStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Saved_session_loads_back_with_a_new_version()
    {
        var store = new InMemorySessionStore(_time);

        var saved = await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1") with { TaskStep = "awaiting_answer" });
        var loaded = await store.LoadAsync("acme-retail", "s1");

        Assert.Equal(1, saved.Version);
        Assert.Equal("awaiting_answer", loaded!.TaskStep);
    }

    [Fact]
    public async Task Sessions_are_invisible_to_other_tenants()
    {
        var store = new InMemorySessionStore(_time);
        await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));

        Assert.Null(await store.LoadAsync("dealflow", "s1"));
    }

    [Fact]
    public async Task Concurrent_saves_of_one_version_let_exactly_one_win()
    {
        var store = new InMemorySessionStore(_time);
        var start = await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));

        await store.SaveAsync(start with { TaskStep = "tab one" });
        var second = await Assert.ThrowsAsync<SessionConflictException>(() => store.SaveAsync(start with { TaskStep = "tab two" }));

        Assert.Equal("s1", second.SessionId);
        Assert.Equal("tab one", (await store.LoadAsync("acme-retail", "s1"))!.TaskStep);
    }

    [Fact]
    public async Task Sessions_expire_after_24_hours_untouched()
    {
        var store = new InMemorySessionStore(_time);
        await store.SaveAsync(SessionState.Start("acme-retail", "ana", "s1"));

        _time.Advance(TimeSpan.FromHours(23));
        Assert.NotNull(await store.LoadAsync("acme-retail", "s1"));
        _time.Advance(TimeSpan.FromHours(2));

        Assert.Null(await store.LoadAsync("acme-retail", "s1"));
    }
}
