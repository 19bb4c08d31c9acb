using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SegmentAI.Memory.Retention;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.Retention;

/// <summary>Memory does not grow without bound: the query log keeps its retention window and expired sessions leave the embedded store.</summary>
public sealed class MemoryRetentionTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_sweep_removes_turns_past_the_retention_window_and_expired_sessions()
    {
        var log = new InMemoryInteractionLog();
        var sessions = new InMemorySessionStore(_time);
        var retention = new MemoryRetention(log, sessions, Options.Create(new RetentionOptions { QueryLogDays = 30 }), NullLogger<MemoryRetention>.Instance, _time);
        await log.RecordTurnAsync(Turn("old", _time.GetUtcNow().AddDays(-31)));
        await log.RecordTurnAsync(Turn("recent", _time.GetUtcNow().AddDays(-28)));
        await sessions.SaveAsync(SessionState.Start("acme-retail", "ana", "s-expired"));
        _time.Advance(InMemorySessionStore.TimeToLive + TimeSpan.FromMinutes(1));
        await sessions.SaveAsync(SessionState.Start("acme-retail", "ana", "s-live"));

        var sweep = await retention.SweepAsync();

        Assert.Equal(1, sweep.Turns);
        Assert.Empty(await log.SessionAsync("acme-retail", "old"));
        Assert.Single(await log.SessionAsync("acme-retail", "recent"));
        Assert.Equal(1, sessions.Count);
        Assert.NotNull(await sessions.LoadAsync("acme-retail", "s-live"));
    }

    [Fact]
    public async Task Saving_sweeps_expired_sessions_out_of_the_embedded_store()
    {
        var sessions = new InMemorySessionStore(_time);
        for (var i = 0; i < 50; i++)
        {
            await sessions.SaveAsync(SessionState.Start("acme-retail", "ana", $"s-{i}"));
        }

        _time.Advance(InMemorySessionStore.TimeToLive + TimeSpan.FromMinutes(2));
        await sessions.SaveAsync(SessionState.Start("acme-retail", "ana", "s-new"));

        Assert.Equal(1, sessions.Count);
    }

    private static TurnRecord Turn(string session, DateTimeOffset at) => new()
    {
        TenantId = "acme-retail",
        UserId = "ana",
        SessionId = session,
        Turn = 1,
        Channel = "web",
        Query = "gold members",
        AsOf = new DateOnly(2026, 11, 22),
        ReplyKind = "segment",
        At = at,
    };
}
