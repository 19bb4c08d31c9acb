using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SegmentAI.Memory.Hosting;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>
/// The agent's services registered the way the host registers them, over a given memory configuration. Disposing
/// one and building another over the same configuration is a host restart.
/// </summary>
public sealed class AgentMemoryHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AgentMemoryHost(ServiceProvider services)
    {
        _services = services;
    }

    public IConversationEngine Engine => _services.GetRequiredService<IConversationEngine>();

    public IServiceProvider Services => _services;

    public static async Task<AgentMemoryHost> StartAsync(IReadOnlyDictionary<string, string?> memory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(memory.Select(m => new KeyValuePair<string, string?>($"{MemoryOptions.SectionName}:{m.Key}", m.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddAgentMemory(configuration)
            .AddSegmentSkills()
            .BuildServiceProvider();
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new AgentMemoryHost(services);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
