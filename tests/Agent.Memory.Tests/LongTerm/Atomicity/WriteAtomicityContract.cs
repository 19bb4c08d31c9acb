using System.Data.Common;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Memory.Tests.LongTerm.Atomicity;

/// <summary>
/// A statement failing late in a write (a trigger the test installs raises for this test's tenant only) leaves
/// nothing of the write behind: every multi-statement write is one transaction.
/// </summary>
public abstract class WriteAtomicityContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly SegmentDefinition Gold = new()
    {
        Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };

    protected string Tenant { get; } = TestIds.Tenant();

    protected abstract LongTermDatabase Database { get; }

    [Fact]
    public async Task A_segment_whose_version_row_fails_is_not_saved()
    {
        var library = new SqlSegmentLibrary(Database);
        await FailAsync("INSERT", "segment_versions");

        var failure = await Assert.ThrowsAsync<MemoryStoreException>(() => library.SaveAsync(Tenant, "ana", "Gold members", Gold));

        Assert.IsAssignableFrom<DbException>(failure.InnerException);
        Assert.Equal(0, await CountAsync("saved_segments"));
        Assert.Equal(0, await CountAsync("segment_counters"));
        Assert.Empty(await library.ListAsync(Tenant));
    }

    [Fact]
    public async Task An_update_whose_version_row_fails_keeps_the_previous_version()
    {
        var library = new SqlSegmentLibrary(Database);
        var saved = await library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        await FailAsync("INSERT", "segment_versions");

        await Assert.ThrowsAsync<MemoryStoreException>(() => library.RenameAsync(Tenant, saved.Id, "VIPs", "ana"));

        var current = await library.GetAsync(Tenant, saved.Id);
        Assert.Equal(("Gold members", 1), (current!.Name, current.Version));
        Assert.Single(await library.HistoryAsync(Tenant, saved.Id));
    }

    [Fact]
    public async Task A_turn_whose_trace_fails_leaves_no_query_log_or_audit_row()
    {
        var log = new SqlInteractionLog(Database);
        await FailAsync("INSERT", "execution_traces");

        await Assert.ThrowsAsync<MemoryStoreException>(() => log.RecordTurnAsync(Turn() with
        {
            DefinitionJson = "{}",
            Confidence = 0.8,
            Trace = [new AuditEntry("perceive", "ok", 1)],
        }));

        Assert.Equal(0, await CountAsync("query_log"));
        Assert.Equal(0, await CountAsync("segment_audit"));
        Assert.Empty(await log.SessionAsync(Tenant, "s1"));
    }

    [Fact]
    public async Task A_failed_turn_whose_error_count_fails_leaves_no_query_log_row()
    {
        var log = new SqlInteractionLog(Database);
        await FailAsync("INSERT", "error_patterns");

        await Assert.ThrowsAsync<MemoryStoreException>(() => log.RecordTurnAsync(Turn() with { ReplyKind = "error", Problem = "no facet for 'x'" }));

        Assert.Equal(0, await CountAsync("query_log"));
        Assert.Empty(await log.ErrorPatternsAsync(Tenant));
    }

    [Fact]
    public async Task A_forget_request_whose_last_step_fails_changes_nothing()
    {
        var stores = Erasure.SqlStores.Over(Database);
        await stores.Preferences.SetAsync(Tenant, "ana", "date_recency", new AmbiguityOption("30d", "the last 30 days", "30"), "s1");
        await stores.Log.RecordTurnAsync(Turn());
        await stores.Library.SaveAsync(Tenant, "ana", "Gold members", Gold);
        await FailAsync("UPDATE", "segment_versions");

        await Assert.ThrowsAsync<MemoryStoreException>(() => new SqlPersonalDataEraser(Database).EraseUserAsync(Tenant, "ana"));

        Assert.Single(await stores.Preferences.ListAsync(Tenant, "ana"));
        Assert.Equal("ana", Assert.Single(await stores.Log.SessionAsync(Tenant, "s1")).UserId);
        Assert.Equal("ana", (await stores.Library.FindByNameAsync(Tenant, "Gold members"))!.OwnerId);
    }

    [Fact]
    public async Task A_replay_whose_last_review_item_fails_enqueues_none_of_its_items()
    {
        var queue = new SqlShadowReviewQueue(Database);
        var other = TestIds.Tenant();
        await FailAsync("INSERT", "shadow_reviews");

        await Assert.ThrowsAsync<MemoryStoreException>(() => queue.EnqueueAsync("replay-1", [Review(other, 1), Review(other, 2), Review(Tenant, 3)]));

        Assert.Empty(await queue.PendingAsync(other, "segment_creation", null));
        Assert.Equal(0, await CountAsync("shadow_reviews"));
    }

    /// <summary>Makes every <paramref name="operation"/> of a row of this test's tenant in <paramref name="table"/> fail.</summary>
    protected abstract Task FailAsync(string operation, string table);

    /// <summary>Rows of this test's tenant in <paramref name="table"/>, counted directly in the database.</summary>
    protected abstract Task<long> CountAsync(string table);

    private TurnRecord Turn() => new()
    {
        TenantId = Tenant,
        UserId = "ana",
        SessionId = "s1",
        Turn = 1,
        Channel = "web",
        Query = "gold members",
        AsOf = new DateOnly(2026, 11, 22),
        ReplyKind = "segment",
        At = Start,
    };

    private static ShadowReviewItem Review(string tenant, int turn) => new()
    {
        SkillId = "segment_creation",
        CandidateVersion = "1.1.0",
        ActiveVersion = "1.0.0",
        TenantId = tenant,
        UserId = "ana",
        Turn = new ReviewedTurn("s1", turn, "gold members"),
        ActiveReply = "1,204 customers",
        CandidateReply = "1,187 customers",
        DifferenceKind = "different_size",
        CreatedAt = Start,
    };
}
