using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SegmentAI.Memory.Resilience;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Sessions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Redis as short-term memory.</summary>
internal static class RedisShortTermServiceCollectionExtensions
{
    /// <summary>
    /// Makes Redis the <see cref="ISessionStore"/>, each call bounded by <see cref="RedisShortTermOptions.OperationTimeout"/>,
    /// a <see cref="IPersonalDataEraser"/> of sessions and the <see cref="IDeliveryLedger"/> of channel deliveries. Call it before <c>AddConversationEngine</c>, whose in-process
    /// store is only added when no session store is registered yet.
    /// </summary>
    public static IServiceCollection AddRedisShortTermMemory(this IServiceCollection services, Action<RedisShortTermOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RedisShortTermOptions>().Configure(configure);
        services.AddSingleton(sp => new RedisConnection(
            sp.GetRequiredService<IOptions<RedisShortTermOptions>>().Value,
            sp.GetService<ILogger<RedisConnection>>()));
        services.AddSingleton(sp => new RedisSessionStore(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<RedisShortTermOptions>>().Value,
            sp.GetService<ILogger<RedisSessionStore>>()));
        services.AddSingleton<ISessionStore>(sp => new TimeBudgetSessionStore(
            sp.GetRequiredService<RedisSessionStore>(),
            sp.GetRequiredService<IOptions<RedisShortTermOptions>>().Value.OperationTimeout,
            $"Redis at {sp.GetRequiredService<RedisConnection>().Server}",
            sp.GetService<TimeProvider>()));
        services.AddSingleton<IPersonalDataEraser>(sp => sp.GetRequiredService<RedisSessionStore>());
        services.AddSingleton<IDeliveryLedger>(sp => new RedisDeliveryLedger(
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<IOptions<RedisShortTermOptions>>().Value));
        return services;
    }
}
