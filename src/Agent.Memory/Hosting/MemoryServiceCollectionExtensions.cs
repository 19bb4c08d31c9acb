using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SegmentAI.Memory.Hosting;

/// <summary>Registers memory services, configured from the <c>Memory</c> section.</summary>
public static class MemoryServiceCollectionExtensions
{
    /// <summary>Adds the state directory the embedded memory stores use.</summary>
    public static IServiceCollection AddAgentMemory(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.SectionName);
        services.AddSingleton(sp => new StateDirectory(
            sp.GetRequiredService<IOptions<MemoryOptions>>().Value.StateDirectory,
            Directory.GetCurrentDirectory()));
        return services;
    }
}
