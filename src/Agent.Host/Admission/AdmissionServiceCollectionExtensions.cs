using SegmentAI.Host.Admission;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the one admission pipeline every channel (web, stream, command line, Slack, Teams) sends its messages through.</summary>
internal static class AdmissionServiceCollectionExtensions
{
    /// <summary>The service key of the admitted conversation engine: resolve it with <c>[FromKeyedServices(PipelineKey)]</c>.</summary>
    public const string PipelineKey = "admission";

    /// <summary>
    /// Adds the pipeline around whichever <see cref="IConversationEngine"/> is registered when it is first resolved:
    /// duplicate deliveries and channel identity first (so a stranger or a retry costs nothing), then logging, error
    /// replies and the message limits (options in <c>Channels</c>).
    /// </summary>
    public static IServiceCollection AddConversationAdmission(this IServiceCollection services)
    {
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).Validate(
            o => o.DuplicateWindow > TimeSpan.Zero && o.ProgressInterval > TimeSpan.Zero,
            "Channels:DuplicateWindow and Channels:ProgressInterval must be positive durations, e.g. 06:00:00 and 00:00:03.")
            .Validate(o => o.UnknownSenderTurnsPerMinute >= 1, "Channels:UnknownSenderTurnsPerMinute must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ChannelIdentityMap>();
        services.AddSingleton<TurnRateLimiter>();
        services.AddKeyedSingleton<IConversationEngine>(PipelineKey, (services, _) =>
            new ConversationEngineBuilder(services.GetRequiredService<IConversationEngine>())
                .UseDeduplication()
                .UseIdentity()
                .UseLogging()
                .UseErrorReplies()
                .UseRateLimits()
                .Build(services));
        return services;
    }
}
