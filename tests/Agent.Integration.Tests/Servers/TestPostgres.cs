using Npgsql;

namespace SegmentAI.Integration.Tests.Servers;

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

    public static async Task EnsureReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable ({ex.Message}). Run ./test.sh, which installs and starts it on 127.0.0.1:5432, " +
                $"or point {EnvironmentVariable} at a server.", ex);
        }
    }
}
