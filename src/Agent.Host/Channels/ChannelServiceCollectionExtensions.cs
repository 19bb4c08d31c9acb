using SegmentAI.Host.Channels;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the channel layer every chat channel shares.</summary>
internal static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ChannelConversation"/>, which sends channel messages through the admission pipeline of
    /// <see cref="AdmissionServiceCollectionExtensions.AddConversationAdmission"/>.
    /// </summary>
    public static IServiceCollection AddChatChannels(this IServiceCollection services)
    {
        services.AddSingleton<ChannelConversation>();
        return services;
    }
}
