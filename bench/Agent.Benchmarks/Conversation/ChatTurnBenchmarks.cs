using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Benchmarks.Estimation;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Benchmarks.Conversation;

/// <summary>
/// Full chat turns through the real engine (perception → reply) on acme at 20,000 and 1,000,000 customers, with
/// and without size estimation. Target: p95 under 100 ms without estimation.
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
[MinIterationCount(15)]
[MaxIterationCount(40)]
public class ChatTurnBenchmarks
{
    private const string Request = "gold members in Texas who bought baby products in the last 90 days";

    private ServiceProvider _services = null!;
    private IConversationEngine _engine = null!;
    private string _warehouse = null!;
    private int _session;

    [Params(20_000, 1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _warehouse = await BenchmarkWarehouses.AcmeAsync(Customers);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSegmentSkills()
            .BuildServiceProvider();
        _engine = _services.GetRequiredService<IConversationEngine>();
        await TurnAsync(estimate: true);
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _services.DisposeAsync().AsTask();

    [Benchmark(Baseline = true)]
    public Task<ChatReply> TurnWithoutSizeEstimate() => TurnAsync(estimate: false);

    [Benchmark]
    public Task<ChatReply> TurnWithSizeEstimate() => TurnAsync(estimate: true);

    private async Task<ChatReply> TurnAsync(bool estimate)
    {
        var reply = await _engine.HandleAsync(new ChatRequest(
            "acme-retail", "bench@acme", $"bench-{Interlocked.Increment(ref _session)}", Request, "bench",
            TrustUnknownUsers: true, AsOf: BenchmarkWarehouses.AsOf, Warehouse: _warehouse, EstimateSize: estimate));
        return reply.Kind == ReplyKind.Segment ? reply : throw new InvalidOperationException($"expected a segment, got {reply.Kind}: {reply.Text}");
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
