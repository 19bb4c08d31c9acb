using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>The real engine over the repository's tenants and skills, with a small generated acme warehouse.</summary>
public sealed class EngineFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("engine-").FullName;
    private ServiceProvider _services = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public string AcmeWarehouse => Path.Combine(_folder, "acme.duckdb");

    public ServiceProvider Services => _services;

    public async Task InitializeAsync()
    {
        await WarehouseGenerators.Get("acme-retail").GenerateAsync(new WarehouseGenerationOptions(AcmeWarehouse, 3_000, 21, AsOf, 730));
        _services = Build();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    /// <summary>
    /// A fresh engine with its own in-process memory (a "restart" keeps nothing). A busy machine (the whole test run
    /// on two cores) must not turn the vector search's 300 ms budget into a lexical-only answer the tests do not expect.
    /// </summary>
    public static ServiceProvider Build() =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection([new("SegmentAI:Retrieval:Retriever:VectorBudget", "00:00:30")])
                .Build())
            .AddSegmentSkills()
            .BuildServiceProvider();

    public ChatRequest Say(string text, string session, string user = "ana@acme-test") =>
        new("acme-retail", user, session, text, "eval", TrustUnknownUsers: true, AsOf: AsOf, Warehouse: AcmeWarehouse);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
