using Npgsql;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.Tests.LongTerm.Servers;

namespace SegmentAI.Memory.Tests.LongTerm.Migrations;

public sealed class PostgresMigrationTests : MigrationRunnerContract
{
    private readonly string _schema = TestIds.Schema();
    private string _connectionString = "";

    protected override string NowSql => "now()";

    public override async Task InitializeAsync() => _connectionString = await TestPostgres.CreateSchemaAsync(_schema);

    [Fact]
    public async Task A_search_path_naming_no_existing_schema_is_a_clear_start_up_error()
    {
        var missing = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { SearchPath = TestIds.Schema() }.ConnectionString;
        await using var database = new PostgresLongTermDatabase(missing);

        var error = await Assert.ThrowsAsync<LongTermSchemaException>(() => new MigrationRunner(database).RunAsync());

        Assert.Contains("Search Path names no existing schema", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_store_lookup_has_an_index_starting_with_the_tenant()
    {
        await new MigrationRunner(OpenDatabase()).RunAsync();

        var unindexed = await TestPostgres.CountAsync(_connectionString, """
            SELECT COUNT(*) FROM pg_tables t
            WHERE t.schemaname = current_schema() AND t.tablename <> 'schema_migrations'
              AND NOT EXISTS (SELECT 1 FROM pg_indexes i WHERE i.schemaname = t.schemaname AND i.tablename = t.tablename AND i.indexdef LIKE '%(tenant_id%')
              AND NOT EXISTS (SELECT 1 FROM pg_indexes i WHERE i.schemaname = t.schemaname AND i.tablename = t.tablename AND i.indexdef LIKE '%(query_log_id)%')
            """);

        Assert.Equal(0, unindexed);
    }

    protected override LongTermDatabase OpenDatabase() => new PostgresLongTermDatabase(_connectionString);

    protected override Task DropAsync() => TestPostgres.DropSchemaAsync(_schema);

    protected override Task<long> CountAsync(string sql) => TestPostgres.CountAsync(_connectionString, sql);

    protected override Task ExecuteAsync(string sql) => TestPostgres.ExecuteAsync(sql, _connectionString);
}
