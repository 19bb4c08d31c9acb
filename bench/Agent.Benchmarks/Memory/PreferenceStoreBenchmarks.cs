using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Npgsql;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Benchmarks.Memory;

/// <summary>
/// Preference lookup (<see cref="IUserPreferenceSource.FindAsync"/>) in long-term memory on the embedded SQLite
/// file and on PostgreSQL, with 1,000 users' preferences stored. One lookup per iteration, so P50 and P95 are
/// per-lookup latencies. PostgreSQL is the server of <c>SEGMENTAI_TEST_POSTGRES</c> (default: loopback test
/// server); the benchmark works in a schema of its own and drops it afterwards.
/// </summary>
[Config(typeof(PerLookupConfig))]
public class PreferenceStoreBenchmarks
{
    private const int Users = 1_000;
    private const string Tenant = "acme-retail";

    private static readonly string[] Kinds = ["high_value_threshold", "date_recency", "facet_choice:region"];
    private static readonly AmbiguityOption Option = new("single_200", "more than $200 in a single order", "single_order_total>200");

    private LongTermDatabase _database = null!;
    private SqlUserPreferences _preferences = null!;
    private string? _folder;
    private string? _schema;
    private int _lookup;

    [Params("sqlite", "postgres")]
    public string Backend { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _database = Backend == "sqlite" ? OpenSqlite() : await OpenPostgresAsync();
        _preferences = new SqlUserPreferences(_database);
        for (var user = 0; user < Users; user++)
        {
            foreach (var kind in Kinds)
            {
                await _preferences.SetAsync(Tenant, $"user{user}@acme", kind, Option, "bench");
            }
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _database.DisposeAsync();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_schema is not null)
        {
            await ExecuteAsync(ServerConnectionString, $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
    }

    [Benchmark]
    public async Task<UserPreference> FindPreference()
    {
        var n = _lookup++;
        return await _preferences.FindAsync(Tenant, $"user{n % Users}@acme", Kinds[n % Kinds.Length])
            ?? throw new InvalidOperationException("a stored preference was not found");
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("SEGMENTAI_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=segmentai;Password=segmentai;Database=segmentai_test";

    private SqliteLongTermDatabase OpenSqlite()
    {
        _folder = Directory.CreateTempSubdirectory("segmentai-bench-").FullName;
        return new SqliteLongTermDatabase(Path.Combine(_folder, "memory.db"));
    }

    private async Task<PostgresLongTermDatabase> OpenPostgresAsync()
    {
        _schema = $"bench_{Guid.NewGuid():N}";
        await ExecuteAsync(ServerConnectionString, $"CREATE SCHEMA \"{_schema}\"");
        return new PostgresLongTermDatabase(new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ConnectionString);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PerLookupConfig : ManualConfig
    {
        public PerLookupConfig()
        {
            AddJob(Job.Default.WithWarmupCount(20).WithIterationCount(300).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
