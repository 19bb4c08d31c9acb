using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using SegmentAI.Memory.Resilience;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Benchmarks.Memory;

/// <summary>
/// What short-term memory adds to every turn: loading a session and saving it back, for a realistic session (ten
/// turns, a three-condition draft with two earlier versions), on each back end as the host registers it — the
/// in-process store as is, Redis behind its time budget. Redis is the one in SEGMENTAI_TEST_REDIS (default
/// 127.0.0.1:6379), under a key prefix of its own that is deleted afterwards.
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
public class SessionStoreBenchmarks
{
    private const string Tenant = "acme-retail";
    private const string SessionId = "bench-session";

    private readonly string _prefix = $"segmentai-bench-{Guid.NewGuid():N}";
    private ISessionStore _store = null!;
    private RedisConnection? _connection;

    [Params("in-memory", "redis")]
    public string Store { get; set; } = "in-memory";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        if (Store == "redis")
        {
            var options = new RedisShortTermOptions
            {
                ConnectionString = Environment.GetEnvironmentVariable("SEGMENTAI_TEST_REDIS") is { Length: > 0 } configured ? configured : "127.0.0.1:6379",
                KeyPrefix = _prefix,
            };
            _connection = new RedisConnection(options);
            _store = new TimeBudgetSessionStore(new RedisSessionStore(_connection, options), options.OperationTimeout, $"Redis at {_connection.Server}");
        }
        else
        {
            _store = new InMemorySessionStore();
        }

        await _store.SaveAsync(RealisticSession());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_connection is null)
        {
            return;
        }

        var database = await _connection.DatabaseAsync();
        foreach (var endPoint in database.Multiplexer.GetEndPoints())
        {
            await foreach (var key in database.Multiplexer.GetServer(endPoint).KeysAsync(pattern: $"{_prefix}:*"))
            {
                await database.KeyDeleteAsync(key);
            }
        }

        await _connection.DisposeAsync();
    }

    [Benchmark]
    public async Task<SessionState> LoadAndSave()
    {
        var session = await _store.LoadAsync(Tenant, SessionId) ?? throw new InvalidOperationException("the benchmark session is gone");
        return await _store.SaveAsync(session);
    }

    private static SessionState RealisticSession()
    {
        var at = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var asOf = new DateOnly(2026, 11, 22);
        var gold = new SegmentCondition { Id = "C1", SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] };
        var texas = new SegmentCondition { Id = "C2", SourceText = "in Texas", Facet = "state", Operator = ConditionOperator.In, Values = ["TX"] };
        var baby = new SegmentCondition
        {
            Id = "C3",
            SourceText = "bought baby products in the last 90 days",
            Facet = "purchase_category",
            Operator = ConditionOperator.In,
            Values = ["baby"],
            Window = TimeWindow.Trailing(90, asOf, "in the last 90 days"),
            Frequency = new Frequency { Count = 2, Expression = "at least twice" },
        };
        SegmentDefinition Definition(params SegmentNode[] children) =>
            new() { Name = "Gold Texas baby buyers", Tenant = Tenant, AsOf = asOf, Root = new AndNode { Children = children } };
        var turns = Enumerable.Range(1, 10)
            .Select(n => n % 2 == 1
                ? new ConversationTurn(n, "user", "gold members in Texas who bought baby products in the last 90 days", null, at.AddMinutes(n))
                : new ConversationTurn(n, "agent", "Here is the segment: gold members in Texas who bought baby products at least twice in the last 90 days.", ReplyKind.Segment, at.AddMinutes(n)))
            .ToList();
        return SessionState.Start(Tenant, "bench@acme", SessionId) with
        {
            Turns = turns,
            Draft = new DraftSegment("draft-1", Definition(gold, texas, baby), [Definition(gold), Definition(gold, texas)]),
            TaskStep = "idle",
        };
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
