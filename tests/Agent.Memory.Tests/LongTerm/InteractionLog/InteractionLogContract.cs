using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Memory;

namespace SegmentAI.Memory.Tests.LongTerm.InteractionLog;

/// <summary>What every <see cref="IInteractionLog"/> does; one subclass per implementation.</summary>
public abstract class InteractionLogContract
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IInteractionLog? _log;

    protected string Tenant { get; } = TestIds.Tenant();

    protected string OtherTenant { get; } = TestIds.Tenant();

    protected IInteractionLog Log => _log ??= CreateLog();

    protected abstract IInteractionLog CreateLog();

    [Fact]
    public async Task A_segment_turn_reads_back_with_its_audit_trail_and_trace()
    {
        var turn = SegmentTurn(Tenant, "s1", 1, Start);

        await Log.RecordTurnAsync(turn);

        AssertSameTurn(turn, Assert.Single(await Log.SessionAsync(Tenant, "s1")));
        AssertSameTurn(turn, Assert.Single(await Log.RecentAsync(Tenant, Start, 10)));
    }

    [Fact]
    public async Task Turns_past_the_retention_limit_are_purged_with_their_audit_and_trace()
    {
        await Log.RecordTurnAsync(SegmentTurn(Tenant, "old", 1, Start.AddDays(-100)));
        await Log.RecordTurnAsync(SegmentTurn(OtherTenant, "old", 1, Start.AddDays(-91)));
        var kept = SegmentTurn(Tenant, "new", 1, Start.AddDays(-1));
        await Log.RecordTurnAsync(kept);

        var purged = await Log.PurgeBeforeAsync(Start.AddDays(-90));

        Assert.True(purged >= 2);
        Assert.Empty(await Log.SessionAsync(Tenant, "old"));
        Assert.Empty(await Log.SessionAsync(OtherTenant, "old"));
        AssertSameTurn(kept, Assert.Single(await Log.SessionAsync(Tenant, "new")));
    }

    [Fact]
    public async Task A_turn_without_a_segment_reads_back_without_audit_fields()
    {
        var turn = Turn(Tenant, "s1", 1, Start) with { ReplyKind = "clarification", Intent = null, IntentConfidence = null, SkillId = null, SkillVersion = null };

        await Log.RecordTurnAsync(turn);

        var stored = Assert.Single(await Log.SessionAsync(Tenant, "s1"));
        AssertSameTurn(turn, stored);
        Assert.Null(stored.DefinitionJson);
        Assert.Empty(stored.RetrievedFacets);
        Assert.Empty(stored.Trace);
    }

    [Fact]
    public async Task Recent_turns_are_newest_first_since_a_time_and_limited()
    {
        for (var i = 0; i < 5; i++)
        {
            await Log.RecordTurnAsync(Turn(Tenant, $"s{i % 2}", i + 1, Start.AddMinutes(i)));
        }

        var all = await Log.RecentAsync(Tenant, Start, 10);
        var sinceThird = await Log.RecentAsync(Tenant, Start.AddMinutes(2), 10);
        var limited = await Log.RecentAsync(Tenant, Start, 2);
        var none = await Log.RecentAsync(Tenant, Start, 0);

        Assert.Equal([5, 4, 3, 2, 1], all.Select(t => t.Turn));
        Assert.Equal([5, 4, 3], sinceThird.Select(t => t.Turn));
        Assert.Equal([5, 4], limited.Select(t => t.Turn));
        Assert.Empty(none);
        Assert.Empty(await Log.RecentAsync(Tenant, Start.AddHours(1), 10));
    }

    [Fact]
    public async Task A_session_lists_its_turns_in_turn_order()
    {
        await Log.RecordTurnAsync(Turn(Tenant, "s1", 2, Start.AddMinutes(1)));
        await Log.RecordTurnAsync(Turn(Tenant, "s2", 1, Start.AddMinutes(2)));
        await Log.RecordTurnAsync(Turn(Tenant, "s1", 1, Start.AddMinutes(3)));
        await Log.RecordTurnAsync(Turn(Tenant, "s1", 3, Start.AddMinutes(4)));

        Assert.Equal([1, 2, 3], (await Log.SessionAsync(Tenant, "s1")).Select(t => t.Turn));
        Assert.Equal([1], (await Log.SessionAsync(Tenant, "s2")).Select(t => t.Turn));
        Assert.Empty(await Log.SessionAsync(Tenant, "s3"));
    }

    [Fact]
    public async Task Failed_turns_are_counted_as_error_patterns_with_the_latest_example()
    {
        await Log.RecordTurnAsync(Failure(Tenant, "ana", "Show me 'purple' customers", "no facet for 'purple'", Start));
        await Log.RecordTurnAsync(Failure(Tenant, "ben", "Show me 'teal' customers", "no facet for 'teal'", Start.AddMinutes(1)));
        await Log.RecordTurnAsync(Failure(Tenant, "ana", "Drop table", "refused: 42 unsafe words", Start.AddMinutes(2)) with { ReplyKind = "refusal" });
        await Log.RecordTurnAsync(Turn(Tenant, "s1", 9, Start.AddMinutes(3)));

        var patterns = await Log.ErrorPatternsAsync(Tenant);

        Assert.Equal(2, patterns.Count);
        Assert.Equal(new ErrorPattern(Tenant, "segment_builder", "error", "no facet for '…'", 2, "Show me 'teal' customers", Start.AddMinutes(1)), patterns[0]);
        Assert.Equal(new ErrorPattern(Tenant, "segment_builder", "refusal", "refused: # unsafe words", 1, "Drop table", Start.AddMinutes(2)), patterns[1]);
    }

    [Fact]
    public async Task Failures_without_a_skill_are_counted_under_an_empty_skill()
    {
        await Log.RecordTurnAsync(Failure(Tenant, "ana", "??", null, Start) with { SkillId = null, SkillVersion = null });

        var pattern = Assert.Single(await Log.ErrorPatternsAsync(Tenant));

        Assert.Equal("", pattern.SkillId);
        Assert.Equal("error", pattern.Problem);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_the_log()
    {
        await Log.RecordTurnAsync(SegmentTurn(Tenant, "s1", 1, Start));
        await Log.RecordTurnAsync(Failure(Tenant, "ana", "Show me 'purple' customers", "no facet for 'purple'", Start));

        var recent = await Log.RecentAsync(OtherTenant, Start, 10);
        var session = await Log.SessionAsync(OtherTenant, "s1");
        var patterns = await Log.ErrorPatternsAsync(OtherTenant);
        await Log.RecordTurnAsync(Failure(OtherTenant, "eve", "Show me 'pink' customers", "no facet for 'pink'", Start.AddMinutes(1)) with { SessionId = "s1" });

        Assert.Empty(recent);
        Assert.Empty(session);
        Assert.Empty(patterns);
        Assert.Equal([1], (await Log.SessionAsync(Tenant, "s1")).Select(t => t.Turn));
        Assert.Single(await Log.SessionAsync(Tenant, "s-fail"));
        var mine = Assert.Single(await Log.ErrorPatternsAsync(Tenant));
        Assert.Equal(1, mine.Count);
        Assert.Equal("Show me 'purple' customers", mine.Example);
        Assert.Equal(1, Assert.Single(await Log.ErrorPatternsAsync(OtherTenant)).Count);
    }

    protected static TurnRecord Turn(string tenant, string session, int turn, DateTimeOffset at) => new()
    {
        TenantId = tenant,
        UserId = "ana",
        SessionId = session,
        Turn = turn,
        Channel = "web",
        Query = $"message {turn}",
        AsOf = new DateOnly(2026, 11, 22),
        Intent = "build_segment",
        IntentConfidence = 0.92,
        SkillId = "segment_builder",
        SkillVersion = "1.2.0",
        ReplyKind = "segment",
        LatencyMs = 41.5,
        LlmCalls = 1,
        Tokens = 950,
        At = at,
    };

    protected static TurnRecord SegmentTurn(string tenant, string session, int turn, DateTimeOffset at) => Turn(tenant, session, turn, at) with
    {
        Query = "gold members in Texas who spent over $200",
        DefinitionJson = """{"schema_version":1,"root":{"type":"condition","facet":"loyalty_tier","operator":"in","values":["gold"]}}""",
        Confidence = 0.87,
        RetrievedFacets = [new RetrievedFacet("gold members", "loyalty_tier", 0.91, true), new RetrievedFacet("gold members", "vip_flag", 0.55, false)],
        InferredValues = [new InferredValue("high_value_threshold", "single_order_total>200", "preference", 0.8)],
        Trace =
        [
            new AuditEntry("perceive", "intent build_segment (0.92)", 3.25),
            new AuditEntry("retrieve", "2 facets", 12.5, new Dictionary<string, object?> { ["facets"] = 2, ["best"] = "loyalty_tier", ["scores"] = new[] { 0.91, 0.55 } }),
        ],
    };

    protected static TurnRecord Failure(string tenant, string user, string query, string? problem, DateTimeOffset at) => Turn(tenant, "s-fail", 1, at) with
    {
        UserId = user,
        Query = query,
        ReplyKind = "error",
        Problem = problem,
    };

    protected static void AssertSameTurn(TurnRecord expected, TurnRecord actual)
    {
        Assert.Equal(Json(expected with { RetrievedFacets = [], InferredValues = [], Trace = [] }), Json(actual with { RetrievedFacets = [], InferredValues = [], Trace = [] }));
        Assert.Equal(expected.RetrievedFacets, actual.RetrievedFacets);
        Assert.Equal(expected.InferredValues, actual.InferredValues);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json(expected.Trace)), JsonNode.Parse(Json(actual.Trace))), $"trace differs: {Json(actual.Trace)}");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
