using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Evals.Runs;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Tests.Conversation;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>One engine and the harness's small generated warehouse per demo tenant, for running the suites.</summary>
public sealed class ConversationCaseWarehouses : IAsyncLifetime
{
    private static readonly string[] TenantIds = ["acme-retail", "dealflow", "contoso-workforce"];

    private readonly string _folder = Directory.CreateTempSubdirectory("cases-").FullName;
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private ServiceProvider _services = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public EvalWarehouses Warehouses { get; private set; } = null!;

    public string? WarehouseFor(string tenantId) => _paths.GetValueOrDefault(tenantId);

    public async Task InitializeAsync()
    {
        Warehouses = new EvalWarehouses(_folder);
        foreach (var tenantId in TenantIds)
        {
            _paths[tenantId] = (await Warehouses.EnsureAsync(tenantId))!;
        }

        _services = EngineFixture.Build();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    public async Task DisposeAsync()
    {
        Warehouses.Dispose();
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
