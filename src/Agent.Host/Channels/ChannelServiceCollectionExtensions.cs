using SegmentAI.Host.Channels;
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the channel layer every chat channel shares.</summary>
internal static class ChannelServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ChannelConversation"/> with its identity map, message limits and delivery ledger (options in <c>Channels</c>); the delivery ledger comes from memory.</summary>
    public static IServiceCollection AddChatChannels(this IServiceCollection services)
    {
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).Validate(
            o => o.DuplicateWindow > TimeSpan.Zero && o.ProgressInterval > TimeSpan.Zero,
            "Channels:DuplicateWindow and Channels:ProgressInterval must be positive durations, e.g. 06:00:00 and 00:00:03.")
            .Validate(o => o.UnknownSenderTurnsPerMinute >= 1, "Channels:UnknownSenderTurnsPerMinute must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ChannelIdentityMap>();
        services.AddSingleton<TurnRateLimiter>();
        services.AddSingleton<ChannelConversation>();
        return services;
    }
}
