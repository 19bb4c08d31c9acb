using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SegmentAI.Memory.LongTerm;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Sessions;
using Forget = SegmentAI.Skills.Privacy.Erasure;

namespace SegmentAI.Memory.Tests.LongTerm.Hosting;

public sealed class LongTermMemoryRegistrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("segmentai-di-").FullName;

    private string File => Path.Combine(_folder, "memory.db");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_sql_stores_replace_the_in_memory_defaults_whichever_is_registered_first(bool memoryFirst)
    {
        var services = new ServiceCollection();
        if (memoryFirst)
        {
            services.AddSqliteLongTermMemory(File).AddConversationEngine();
        }
        else
        {
            services.AddConversationEngine().AddSqliteLongTermMemory(File);
        }

        await using var provider = services.BuildServiceProvider();

        Assert.IsType<SqlUserPreferences>(provider.GetRequiredService<IUserPreferenceSource>());
        Assert.IsType<SqlSegmentLibrary>(provider.GetRequiredService<ISegmentLibrary>());
        Assert.IsType<SqlVocabulary>(provider.GetRequiredService<IVocabularyStore>());
        Assert.IsType<SqlInteractionLog>(provider.GetRequiredService<IInteractionLog>());
        Assert.IsType<SqlFeedbackStore>(provider.GetRequiredService<IFeedbackStore>());
        Assert.IsType<SqlSegmentPatterns>(provider.GetRequiredService<ISegmentPatternStore>());
        Assert.IsType<SqlPersonalDataEraser>(Assert.Single(provider.GetServices<IPersonalDataEraser>()));
    }

    [Fact]
    public async Task Starting_the_host_migrates_the_database()
    {
        await using var provider = new ServiceCollection().AddSqliteLongTermMemory(File).BuildServiceProvider();

        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }

        await using var connection = new SqliteConnection($"Data Source={File};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations";
        Assert.Equal((long)new MigrationRunner(provider.GetRequiredService<LongTermDatabase>()).Migrations.Count, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_forget_request_counts_each_long_term_record_once()
    {
        await using var provider = new ServiceCollection().AddConversationEngine().AddSqliteLongTermMemory(File).BuildServiceProvider();
        var preferences = provider.GetRequiredService<IUserPreferenceSource>();
        await preferences.SetAsync("acme-retail", "ana", "date_recency", new AmbiguityOption("30d", "the last 30 days", "30"), "s1");

        var report = await provider.GetRequiredService<UserErasure>().EraseUserAsync("acme-retail", "ana");

        Assert.Equal(1, report.Counts[Forget.Preferences]);
        Assert.Equal(1, report.Total);
    }

    [Fact]
    public async Task Postgres_registration_points_the_stores_at_the_server()
    {
        await using var provider = new ServiceCollection().AddPostgresLongTermMemory(TestPostgres.DefaultConnectionString).BuildServiceProvider();

        var database = provider.GetRequiredService<LongTermDatabase>();

        Assert.Equal(LongTermProvider.Postgres, database.Provider);
        Assert.Equal("PostgreSQL database 'segmentai_test' on 127.0.0.1:5432", database.Description);
        Assert.IsType<SqlSegmentLibrary>(provider.GetRequiredService<ISegmentLibrary>());
    }

    [Fact]
    public async Task Options_without_a_connection_string_are_refused_with_what_is_missing()
    {
        await using var provider = new ServiceCollection()
            .AddLongTermMemory(new LongTermMemoryOptions { Provider = LongTermProvider.Postgres })
            .BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<LongTermDatabase>());

        Assert.Contains("needs a connection string", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
