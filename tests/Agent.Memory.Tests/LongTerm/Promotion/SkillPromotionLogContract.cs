using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Memory.Tests.LongTerm.Promotion;

/// <summary>What every <see cref="ISkillPromotionLog"/> does; one subclass per implementation.</summary>
public abstract class SkillPromotionLogContract
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private const string GateSummary = """{"gates":{"accuracy":"passed","regression":"passed"},"regressed_metrics":[]}""";

    private ISkillPromotionLog? _log;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    /// <summary>A skill id no other test uses, because global decisions are visible to every tenant.</summary>
    protected string SkillId { get; } = $"skill_{Guid.NewGuid():N}";

    private ISkillPromotionLog Log => _log ??= CreateLog();

    protected abstract ISkillPromotionLog CreateLog();

    [Fact]
    public async Task A_promotion_reads_back_with_its_id_run_and_gate_summary()
    {
        var recorded = await Log.RecordAsync(Promotion(PromotionScope.Global, "1.0.0", "1.1.0", Start));

        var history = await Log.HistoryAsync(SkillId, Tenant);

        Assert.True(recorded.Id > 0);
        Assert.Equal([recorded], history);
        Assert.Equal(("run-1", GateSummary, "alice"), (history[0].EvalRunId, history[0].GateSummary, history[0].DecidedBy));
    }

    [Fact]
    public async Task History_is_newest_first_and_the_active_version_is_the_last_promotion_or_rollback()
    {
        await Log.RecordAsync(Promotion(PromotionScope.Global, "1.0.0", "1.1.0", Start));
        await Log.RecordAsync(Promotion(PromotionScope.Global, "1.1.0", "1.2.0", Start.AddMinutes(1)));
        await Log.RecordAsync(Rollback(PromotionScope.Global, "1.2.0", "1.1.0", Start.AddMinutes(2)));
        await Log.RecordAsync(Promotion(PromotionScope.Global, "1.1.0", "2.0.0", Start.AddMinutes(3)) with { Kind = DecisionKind.Rejected });

        var history = await Log.HistoryAsync(SkillId, null);

        Assert.Equal([DecisionKind.Rejected, DecisionKind.RolledBack, DecisionKind.Promoted, DecisionKind.Promoted], history.Select(d => d.Kind));
        Assert.Equal("1.1.0", await Log.ActiveVersionAsync(SkillId, PromotionScope.Global));
    }

    [Fact]
    public async Task A_scope_without_decisions_has_no_active_version_and_a_rollback_may_remove_a_pin()
    {
        Assert.Null(await Log.ActiveVersionAsync(SkillId, PromotionScope.Tenant(Tenant)));

        await Log.RecordAsync(Promotion(PromotionScope.Tenant(Tenant), null, "1.1.0", Start));
        Assert.Equal("1.1.0", await Log.ActiveVersionAsync(SkillId, PromotionScope.Tenant(Tenant)));

        await Log.RecordAsync(Rollback(PromotionScope.Tenant(Tenant), "1.1.0", null, Start.AddMinutes(1)));
        Assert.Null(await Log.ActiveVersionAsync(SkillId, PromotionScope.Tenant(Tenant)));
        Assert.Null(await Log.ActiveVersionAsync(SkillId, PromotionScope.Global));
    }

    [Fact]
    public async Task A_tenant_sees_global_decisions_and_its_own_but_never_another_tenants()
    {
        var global = await Log.RecordAsync(Promotion(PromotionScope.Global, "1.0.0", "1.1.0", Start));
        var mine = await Log.RecordAsync(Promotion(PromotionScope.Tenant(Tenant), null, "1.2.0", Start.AddMinutes(1)));
        var theirs = await Log.RecordAsync(Promotion(PromotionScope.Tenant(OtherTenant), null, "1.3.0", Start.AddMinutes(2)));

        Assert.Equal([mine, global], await Log.HistoryAsync(SkillId, Tenant));
        Assert.Equal([theirs, global], await Log.HistoryAsync(SkillId, OtherTenant));
        Assert.Equal([theirs, mine, global], await Log.HistoryAsync(SkillId, null));
        Assert.Equal("1.2.0", await Log.ActiveVersionAsync(SkillId, PromotionScope.Tenant(Tenant)));
        Assert.Equal("1.1.0", await Log.ActiveVersionAsync(SkillId, PromotionScope.Global));
    }

    [Fact]
    public async Task A_promotion_without_an_eval_run_is_refused_and_nothing_is_written()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Log.RecordAsync(Promotion(PromotionScope.Global, "1.0.0", "1.1.0", Start) with { EvalRunId = " " }));

        Assert.Contains("need the id of the eval run", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Log.HistoryAsync(SkillId, null));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public async Task A_gate_summary_that_is_not_a_json_object_is_refused(string summary)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Log.RecordAsync(Promotion(PromotionScope.Global, "1.0.0", "1.1.0", Start) with { GateSummary = summary }));

        Assert.Contains("must be a JSON object", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Log.HistoryAsync(SkillId, null));
    }

    [Fact]
    public async Task A_global_rollback_must_name_the_version_it_goes_back_to()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Log.RecordAsync(Rollback(PromotionScope.Global, "1.1.0", null, Start)));

        Assert.Contains("Only a rollback of a tenant's pin may leave no version", error.Message, StringComparison.Ordinal);
    }

    private SkillDecision Promotion(PromotionScope scope, string? from, string to, DateTimeOffset at) => new()
    {
        SkillId = SkillId,
        Scope = scope,
        FromVersion = from,
        ToVersion = to,
        Kind = DecisionKind.Promoted,
        EvalRunId = "run-1",
        GateSummary = GateSummary,
        DecidedBy = "alice",
        Reason = "better date handling",
        At = at,
    };

    private SkillDecision Rollback(PromotionScope scope, string from, string? to, DateTimeOffset at) => new()
    {
        SkillId = SkillId,
        Scope = scope,
        FromVersion = from,
        ToVersion = to,
        Kind = DecisionKind.RolledBack,
        DecidedBy = "alice",
        Reason = "size estimates regressed in production",
        At = at,
    };
}
