using Npgsql;

namespace SegmentAI.Memory.Tests.LongTerm.Servers;

/// <summary>
/// The PostgreSQL server the test script starts on loopback. A test that needs it fails with a message saying
/// how to get it; it is never skipped.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "SEGMENTAI_TEST_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=segmentai;Password=segmentai;Database=segmentai_test";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<string> CreateSchemaAsync(string schema)
    {
        await ExecuteAsync($"CREATE SCHEMA \"{schema}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public static Task DropSchemaAsync(string schema) => ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");

    public static async Task ExecuteAsync(string sql, string? connectionString = null)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString ?? ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException { IsTransient: true } or TimeoutException or InvalidOperationException && ex is not PostgresException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable ({ex.Message}). Start it with `pg_ctlcluster 15 main start` (or run ./test.sh, which installs " +
                $"and starts it on 127.0.0.1:5432), or point {EnvironmentVariable} at a server.", ex);
        }
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
