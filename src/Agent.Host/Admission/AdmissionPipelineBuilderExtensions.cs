using Microsoft.Extensions.Options;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Admission;

/// <summary>The host's admission steps of a conversation pipeline: duplicate deliveries, channel identity, message limits.</summary>
internal static class AdmissionPipelineBuilderExtensions
{
    private const string LogCategory = "SegmentAI.Admission";

    /// <summary>Drops channel deliveries already taken (<see cref="IDeliveryLedger"/>, kept for <c>Channels:DuplicateWindow</c>).</summary>
    public static ConversationEngineBuilder UseDeduplication(this ConversationEngineBuilder builder) =>
        builder.Use((inner, services) => new DuplicateDeliveryConversationEngine(
            inner, services.GetRequiredService<IDeliveryLedger>(), Options(services), Logger(services)));

    /// <summary>Maps channel senders to the tenant users tenant.yaml enrolls; anyone else is told how to get enrolled.</summary>
    public static ConversationEngineBuilder UseIdentity(this ConversationEngineBuilder builder) =>
        builder.Use((inner, services) => new ChannelIdentityConversationEngine(inner, services.GetRequiredService<ChannelIdentityMap>(), Logger(services)));

    /// <summary>Applies the message limits of tenant.yaml, unless <c>Channels:RateLimitsEnabled</c> is false.</summary>
    public static ConversationEngineBuilder UseRateLimits(this ConversationEngineBuilder builder) =>
        builder.Use((inner, services) => Options(services).RateLimitsEnabled
            ? new RateLimitingConversationEngine(inner, services.GetRequiredService<TurnRateLimiter>(), services.GetRequiredService<TenantDirectory>(), Logger(services))
            : inner);

    private static ChannelOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ChannelOptions>>().Value;

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
}
