namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The product's services, registered the same way for the web host and the <c>chat</c> command.</summary>
internal static class AgentServices
{
    public static IServiceCollection AddAgentServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Memory first: the skills add in-process stores only where no back end is registered yet.
        services.AddAgentMemory(configuration);
        services.AddSegmentSkills();
        services.AddSegmentLlm(configuration);
        services.AddConversationAdmission();
        services.AddChatChannels();
        services.AddSlackChannel();
        services.AddTeamsChannel();
        return services;
    }
}
