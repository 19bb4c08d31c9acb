using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SegmentAI.Memory.LongTerm;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Hosting;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Promotion;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers long-term memory on SQLite or PostgreSQL: the stores (including the skill promotion log and the shadow review queue), the one eraser covering all their tables
/// and the start-up migration service. The stores are added outright, so they replace the in-process defaults
/// the conversation engine registers with TryAdd whichever is registered first.
/// </summary>
internal static class LongTermMemoryServiceCollectionExtensions
{
    /// <summary>Adds long-term memory in the SQLite file <paramref name="databaseFile"/>.</summary>
    public static IServiceCollection AddSqliteLongTermMemory(this IServiceCollection services, string databaseFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        return services.AddLongTermMemory(new LongTermMemoryOptions { Provider = LongTermProvider.Sqlite, DatabaseFile = databaseFile });
    }

    /// <summary>Adds long-term memory on the PostgreSQL server named by <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddPostgresLongTermMemory(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddLongTermMemory(new LongTermMemoryOptions { Provider = LongTermProvider.Postgres, ConnectionString = connectionString });
    }

    /// <summary>Adds long-term memory as <paramref name="options"/> describe.</summary>
    public static IServiceCollection AddLongTermMemory(this IServiceCollection services, LongTermMemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(sp => LongTermDatabase.Open(options, sp.GetService<ILoggerFactory>()));
        services.AddSingleton<IUserPreferenceSource>(sp => new SqlUserPreferences(sp.GetRequiredService<LongTermDatabase>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<ISegmentLibrary>(sp => new SqlSegmentLibrary(sp.GetRequiredService<LongTermDatabase>(), sp.GetService<TimeProvider>()));
        services.AddSingleton<IVocabularyStore>(sp => new SqlVocabulary(sp.GetRequiredService<LongTermDatabase>()));
        services.AddSingleton<IInteractionLog>(sp => new SqlInteractionLog(sp.GetRequiredService<LongTermDatabase>()));
        services.AddSingleton<IFeedbackStore>(sp => new SqlFeedbackStore(sp.GetRequiredService<LongTermDatabase>()));
        services.AddSingleton<ISegmentPatternStore>(sp => new SqlSegmentPatterns(sp.GetRequiredService<LongTermDatabase>()));
        services.AddSingleton<ISkillPromotionLog>(sp => new SqlSkillPromotionLog(sp.GetRequiredService<LongTermDatabase>()));
        services.AddSingleton<IShadowReviewQueue>(sp => new SqlShadowReviewQueue(sp.GetRequiredService<LongTermDatabase>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonalDataEraser, SqlPersonalDataEraser>(sp => new SqlPersonalDataEraser(sp.GetRequiredService<LongTermDatabase>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LongTermMigrationService>());
        return services;
    }
}
