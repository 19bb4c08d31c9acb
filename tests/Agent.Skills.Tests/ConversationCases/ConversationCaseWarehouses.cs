using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tests.Conversation;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>One engine and a small generated warehouse per demo tenant, for running the conversation cases.</summary>
public sealed class ConversationCaseWarehouses : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);
    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal) { ["acme-retail"] = 3_000, ["dealflow"] = 1_000, ["contoso-workforce"] = 400 };

    private readonly string _folder = Directory.CreateTempSubdirectory("cases-").FullName;
    private ServiceProvider _services = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public string? WarehouseFor(string tenantId) => Sizes.ContainsKey(tenantId) ? Path.Combine(_folder, $"{tenantId}.duckdb") : null;

    public async Task InitializeAsync()
    {
        foreach (var (tenantId, size) in Sizes)
        {
            var generator = WarehouseGenerators.Get(tenantId);
            await generator.GenerateAsync(new WarehouseGenerationOptions(WarehouseFor(tenantId)!, size, 13, AsOf, generator.DefaultHistoryDays));
        }

        _services = EngineFixture.Build();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
