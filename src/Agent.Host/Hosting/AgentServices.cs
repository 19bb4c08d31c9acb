using SegmentAI.Memory.Hosting;
using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Llm;

namespace SegmentAI.Host.Hosting;

/// <summary>The product's services, registered the same way for the web host and the <c>chat</c> command.</summary>
internal static class AgentServices
{
    public static IServiceCollection AddAgentServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSegmentSkills();
        services.AddSegmentLlm(configuration);
        services.AddAgentMemory();
        return services;
    }
}
