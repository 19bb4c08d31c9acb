using Microsoft.Extensions.Configuration;
using SegmentAI.Memory.Hosting;
using SegmentAI.Memory.LongTerm;
using SegmentAI.Memory.Retention;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers short- and long-term memory on the back ends the <c>Memory</c> section chooses; embedded by default.</summary>
public static class MemoryServiceCollectionExtensions
{
    /// <summary>File name of the embedded long-term store inside the state directory.</summary>
    public const string EmbeddedDatabaseFile = "memory.db";

    /// <summary>
    /// Adds memory as configured: sessions in process or in Redis, long-term memory in SQLite (in the state
    /// directory) or PostgreSQL. A server back end without its connection string is a start-up error saying which
    /// setting to add.
    /// </summary>
    public static IServiceCollection AddAgentMemory(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.SectionName);
        var options = configuration.GetSection(MemoryOptions.SectionName).Get<MemoryOptions>() ?? new MemoryOptions();
        var state = new StateDirectory(options.StateDirectory, Directory.GetCurrentDirectory());
        services.AddSingleton(state);

        if (options.ShortTerm == MemoryBackend.Server)
        {
            var redis = Required(options.Redis, nameof(MemoryOptions.Redis), "127.0.0.1:6379", nameof(MemoryOptions.ShortTerm));
            services.AddRedisShortTermMemory(redisOptions =>
            {
                redisOptions.ConnectionString = redis;
                redisOptions.OperationTimeout = options.OperationTimeout;
            });
        }

        // One budget for both tiers: a turn waits on neither memory longer than OperationTimeout.
        services.AddLongTermMemory(options.LongTerm == MemoryBackend.Server
            ? new LongTermMemoryOptions
            {
                Provider = LongTermProvider.Postgres,
                ConnectionString = Required(options.Postgres, nameof(MemoryOptions.Postgres), "Host=127.0.0.1;Username=…;Password=…;Database=…", nameof(MemoryOptions.LongTerm)),
                CommandTimeout = options.OperationTimeout,
            }
            : new LongTermMemoryOptions
            {
                Provider = LongTermProvider.Sqlite,
                DatabaseFile = state.FileFor(EmbeddedDatabaseFile),
                CommandTimeout = options.OperationTimeout,
            });

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).Validate(
            o => o.QueryLogDays >= 1 && o.Interval > TimeSpan.Zero,
            $"{RetentionOptions.SectionName}:QueryLogDays must be at least 1 and {RetentionOptions.SectionName}:Interval a positive duration (e.g. 01:00:00).")
            .ValidateOnStart();
        services.AddSingleton<MemoryRetention>();
        services.AddHostedService<RetentionJob>();
        return services;
    }

    private static string Required(string? value, string setting, string example, string tier) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"{MemoryOptions.SectionName}:{tier} is {MemoryBackend.Server} but {MemoryOptions.SectionName}:{setting} is empty. " +
                $"Set it (e.g. {example}) or set {MemoryOptions.SectionName}:{tier} to {MemoryBackend.Embedded}.")
            : value;
}
