using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>What every short-term memory store does; one subclass per implementation runs it.</summary>
public abstract class SessionStoreContract
{
    private const string Acme = "acme-retail";
    private const string Dealflow = "dealflow";

    /// <summary>A store kept for the whole test, with the production time to live.</summary>
    protected abstract ISessionStore Store { get; }

    /// <summary>A store whose sessions can be made to outlive their time to live, and the way to do it.</summary>
    protected abstract (ISessionStore Store, Func<Task> OutliveTimeToLive) ExpiringStore();

    private IPersonalDataEraser Eraser => (IPersonalDataEraser)Store;

    [Fact]
    public async Task Saves_and_loads_a_rich_session_round_trip()
    {
        var state = SampleSessions.Rich(Acme, "ana", "s1");

        var saved = await Store.SaveAsync(state);
        var loaded = await Store.LoadAsync(Acme, "s1");

        SessionAssert.Equivalent(state with { Version = 1 }, saved);
        SessionAssert.Equivalent(saved, loaded);
        Assert.Equal("seg-42", loaded!.Draft!.SavedAs);
        Assert.Equal(2, loaded.Draft.History.Count);
    }

    [Fact]
    public async Task Unknown_session_loads_as_null()
    {
        Assert.Null(await Store.LoadAsync(Acme, "never-saved"));
    }

    [Fact]
    public async Task A_new_session_saves_from_version_0_and_every_save_increments_the_version()
    {
        var first = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        var second = await Store.SaveAsync(first with { TaskStep = "awaiting_answer" });
        var third = await Store.SaveAsync(second with { TaskStep = "idle" });

        Assert.Equal([1L, 2L, 3L], [first.Version, second.Version, third.Version]);
        Assert.Equal(3, (await Store.LoadAsync(Acme, "s1"))!.Version);
    }

    [Fact]
    public async Task Saving_a_stale_version_conflicts_and_leaves_the_stored_state_unchanged()
    {
        var first = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1") with { TaskStep = "one" });
        await Store.SaveAsync(first with { TaskStep = "two" });

        var conflict = await Assert.ThrowsAsync<SessionConflictException>(() => Store.SaveAsync(first with { TaskStep = "stale" }));

        var stored = await Store.LoadAsync(Acme, "s1");
        Assert.Equal("s1", conflict.SessionId);
        Assert.Equal(2, stored!.Version);
        Assert.Equal("two", stored.TaskStep);
    }

    [Fact]
    public async Task Saving_a_new_session_over_a_stored_one_conflicts()
    {
        await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1") with { TaskStep = "kept" });

        await Assert.ThrowsAsync<SessionConflictException>(() => Store.SaveAsync(SessionState.Start(Acme, "ana", "s1") with { TaskStep = "second tab" }));

        Assert.Equal("kept", (await Store.LoadAsync(Acme, "s1"))!.TaskStep);
    }

    [Fact]
    public async Task Twenty_concurrent_saves_of_one_version_let_exactly_one_win()
    {
        var start = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                return (Tab: i, Saved: (SessionState?)await Store.SaveAsync(start with { TaskStep = $"tab {i}" }));
            }
            catch (SessionConflictException)
            {
                return (Tab: i, Saved: null);
            }
        })));

        var winner = Assert.Single(attempts, a => a.Saved is not null);
        var stored = await Store.LoadAsync(Acme, "s1");
        Assert.Equal(2, stored!.Version);
        Assert.Equal($"tab {winner.Tab}", stored.TaskStep);
    }

    [Fact]
    public async Task Delete_removes_the_session_and_says_whether_it_existed()
    {
        await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));

        Assert.True(await Store.DeleteAsync(Acme, "s1"));
        Assert.Null(await Store.LoadAsync(Acme, "s1"));
        Assert.False(await Store.DeleteAsync(Acme, "s1"));
    }

    [Fact]
    public async Task A_deleted_session_starts_again_from_version_0()
    {
        var saved = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        await Store.SaveAsync(saved);
        await Store.DeleteAsync(Acme, "s1");

        var again = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));

        Assert.Equal(1, again.Version);
    }

    [Fact]
    public async Task Expired_sessions_load_as_null_are_not_erased_again_and_save_as_new()
    {
        var (store, outliveTimeToLive) = ExpiringStore();
        var eraser = (IPersonalDataEraser)store;
        var saved = await store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        await store.SaveAsync(saved with { TaskStep = "awaiting_answer" });

        await outliveTimeToLive();

        Assert.Null(await store.LoadAsync(Acme, "s1"));
        Assert.Equal(0, (await eraser.EraseUserAsync(Acme, "ana")).Counts[Erasure.Sessions]);
        Assert.Equal(1, (await store.SaveAsync(SessionState.Start(Acme, "ana", "s1"))).Version);
    }

    [Fact]
    public async Task Another_tenant_never_reads_changes_deletes_or_erases_a_session_with_the_same_id()
    {
        var mine = await Store.SaveAsync(SampleSessions.Rich(Acme, "ana", "s1"));

        Assert.Null(await Store.LoadAsync(Dealflow, "s1"));
        var theirs = await Store.SaveAsync(SessionState.Start(Dealflow, "ana", "s1") with { TaskStep = "theirs" });
        Assert.Equal(1, (await Eraser.EraseUserAsync(Dealflow, "ana")).Counts[Erasure.Sessions]);
        Assert.False(await Store.DeleteAsync(Dealflow, "s1"));

        Assert.Equal(1, theirs.Version);
        SessionAssert.Equivalent(mine, await Store.LoadAsync(Acme, "s1"));
    }

    [Theory]
    [InlineData("acme-retail", "s1*")]
    [InlineData("acme-retail", "*")]
    [InlineData("acme-retail", "s%31")]
    [InlineData("acme-retail", "S1")]
    [InlineData("acme-retail", "s1 ")]
    [InlineData("acme-retail", "s1:")]
    [InlineData("acme-retail", "{acme-retail}:session:s1")]
    [InlineData("acme-retail}", "s1")]
    [InlineData("{acme-retail}", "s1")]
    [InlineData("acme-retail:session", "s1")]
    [InlineData("dealflow", "}:{acme-retail}:session:s1")]
    [InlineData("dealflow", "../acme-retail/s1")]
    [InlineData("dealflow", "s1\nHSET x")]
    [InlineData("acme-retail}:session:s1:{", "x")]
    public async Task Crafted_ids_never_reach_another_session(string tenantId, string sessionId)
    {
        var mine = await Store.SaveAsync(SampleSessions.Rich(Acme, "ana", "s1"));

        Assert.Null(await Store.LoadAsync(tenantId, sessionId));
        var crafted = await Store.SaveAsync(SessionState.Start(tenantId, "eve", sessionId) with { TaskStep = "crafted" });
        Assert.Equal(1, (await Eraser.EraseUserAsync(tenantId, "eve")).Counts[Erasure.Sessions]);
        Assert.False(await Store.DeleteAsync(tenantId, sessionId));

        Assert.Equal(1, crafted.Version);
        SessionAssert.Equivalent(mine, await Store.LoadAsync(Acme, "s1"));
    }

    [Fact]
    public async Task Ids_that_would_spell_the_same_raw_key_stay_apart()
    {
        // Joined without encoding, both would be "…:{a}:session:b:{c}:session:d".
        await Store.SaveAsync(SessionState.Start("a", "ana", "b:{c}:session:d") with { TaskStep = "first" });

        Assert.Null(await Store.LoadAsync("a}:session:b:{c", "d"));
        await Store.SaveAsync(SessionState.Start("a}:session:b:{c", "ana", "d") with { TaskStep = "second" });

        Assert.Equal("first", (await Store.LoadAsync("a", "b:{c}:session:d"))!.TaskStep);
        Assert.Equal("second", (await Store.LoadAsync("a}:session:b:{c", "d"))!.TaskStep);
    }

    [Fact]
    public async Task Erasing_a_user_removes_only_their_sessions_in_that_tenant_and_counts_them()
    {
        await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        await Store.SaveAsync(SampleSessions.Rich(Acme, "ana", "s2"));
        await Store.SaveAsync(SessionState.Start(Acme, "bo", "s3"));
        await Store.SaveAsync(SessionState.Start(Dealflow, "ana", "s1"));

        var report = await Eraser.EraseUserAsync(Acme, "ana");

        Assert.Equal(2, report.Counts[Erasure.Sessions]);
        Assert.Null(await Store.LoadAsync(Acme, "s1"));
        Assert.Null(await Store.LoadAsync(Acme, "s2"));
        Assert.NotNull(await Store.LoadAsync(Acme, "s3"));
        Assert.NotNull(await Store.LoadAsync(Dealflow, "s1"));
        Assert.Equal(0, (await Eraser.EraseUserAsync(Acme, "ana")).Counts[Erasure.Sessions]);
    }

    [Fact]
    public async Task Erasing_counts_only_sessions_still_stored()
    {
        await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        await Store.SaveAsync(SessionState.Start(Acme, "ana", "s2"));
        await Store.DeleteAsync(Acme, "s1");

        Assert.Equal(1, (await Eraser.EraseUserAsync(Acme, "ana")).Counts[Erasure.Sessions]);
    }

    [Fact]
    public async Task A_session_taken_over_by_another_user_is_erased_with_its_new_user()
    {
        var saved = await Store.SaveAsync(SessionState.Start(Acme, "ana", "s1"));
        await Store.SaveAsync(saved with { UserId = "bo" });

        Assert.Equal(0, (await Eraser.EraseUserAsync(Acme, "ana")).Counts[Erasure.Sessions]);
        Assert.Equal(1, (await Eraser.EraseUserAsync(Acme, "bo")).Counts[Erasure.Sessions]);
        Assert.Null(await Store.LoadAsync(Acme, "s1"));
    }

    [Fact]
    public async Task Erasing_a_user_with_no_sessions_reports_zero()
    {
        Assert.Equal(0, (await Eraser.EraseUserAsync(Acme, "nobody")).Counts[Erasure.Sessions]);
    }
}
