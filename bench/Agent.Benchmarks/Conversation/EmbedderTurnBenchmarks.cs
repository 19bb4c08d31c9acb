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
/// One segment-creation turn through the real engine on acme at 20,000 customers without size estimation, with each
/// embedded embedder. With the retrieval caches off every sub-phrase is embedded again (the cost of a phrase never
/// seen before); with them on, a repeated request is answered from the caches. Target: p95 under 100 ms with MiniLM.
/// </summary>
[Config(typeof(PercentileConfig))]
[MemoryDiagnoser]
public class EmbedderTurnBenchmarks
{
    private const string Request = "gold members in Texas who bought baby products in the last 90 days";

    private ServiceProvider _services = null!;
    private IConversationEngine _engine = null!;
    private string _warehouse = null!;
    private int _session;

    [Params("HashedNgram", "MiniLm")]
    public string Embedder { get; set; } = "HashedNgram";

    [Params(false, true)]
    public bool RetrievalCache { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _warehouse = await BenchmarkWarehouses.AcmeAsync(20_000);
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
            [
                new("SegmentAI:Retrieval:Embedder", Embedder),
                new("SegmentAI:Retrieval:Cache:Enabled", RetrievalCache ? "true" : "false"),
            ]).Build())
            .AddSegmentSkills()
            .BuildServiceProvider();
        _engine = _services.GetRequiredService<IConversationEngine>();

        // The first turn indexes the catalog (or reads its embeddings from disk) and loads the model.
        await TurnWithoutSizeEstimate();
    }

    [GlobalCleanup]
    public Task CleanupAsync() => _services.DisposeAsync().AsTask();

    [Benchmark]
    public async Task<ChatReply> TurnWithoutSizeEstimate()
    {
        var reply = await _engine.HandleAsync(new ChatRequest(
            "acme-retail", "bench@acme", $"bench-{Interlocked.Increment(ref _session)}", Request, "bench",
            TrustUnknownUsers: true, AsOf: BenchmarkWarehouses.AsOf, Warehouse: _warehouse, EstimateSize: false));
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
