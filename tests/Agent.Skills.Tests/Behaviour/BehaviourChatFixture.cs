using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tests.Conversation;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The real engine over the repository's tenants and skills, chatting about dealflow's default demo warehouse.</summary>
public sealed class BehaviourChatFixture : IAsyncLifetime
{
    private readonly DealflowBehaviourFixture _warehouse = new();
    private ServiceProvider _services = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public string WarehousePath => _warehouse.Path;

    public IReadOnlyDictionary<string, string> PlantedPersonas => _warehouse.PlantedPersonas;

    public async Task InitializeAsync()
    {
        await _warehouse.InitializeAsync();
        _services = EngineFixture.Build();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    public ChatRequest Say(string text, string session) =>
        new("dealflow", "omar.growth@dealflow", session, text, "eval", TrustUnknownUsers: true, AsOf: DealflowBehaviourFixture.AsOf, Warehouse: _warehouse.Path);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _warehouse.DisposeAsync();
    }
}
