using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Hosting;
using SegmentAI.Memory.LongTerm.Stores;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Memory.Tests.LongTerm.Outages;

public sealed class PostgresOutageTests
{
    private static readonly SegmentDefinition Gold = new()
    {
        Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };

    [Fact]
    public async Task Saving_a_segment_with_the_server_down_fails_promptly_saying_which_database_and_what_to_do()
    {
        var port = ClosedPort();
        await using var database = new PostgresLongTermDatabase(At(port));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => new SqlSegmentLibrary(database).SaveAsync("acme-retail", "ana", "Gold members", Gold));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(MemoryUnavailableException.LongTerm, error.Store);
        Assert.Equal(
            $"Long-term memory is unavailable: the PostgreSQL database 'segmentai_test' on 127.0.0.1:{port} refused the connection (no server is listening there). " +
            "Check that the PostgreSQL server is running and that the long-term memory connection string points at it, then try again. Nothing was changed.",
            error.Message);
    }

    [Fact]
    public async Task Every_store_and_the_start_up_migration_report_the_outage_the_same_way()
    {
        await using var database = new PostgresLongTermDatabase(At(ClosedPort()));
        var start = new LongTermMigrationService(database);

        Func<Task>[] calls =
        [
            () => start.StartAsync(CancellationToken.None),
            () => new SqlUserPreferences(database).FindAsync("acme-retail", "ana", "date_recency"),
            () => new SqlVocabulary(database).ForUserAsync("acme-retail", "ana"),
            () => new SqlInteractionLog(database).ErrorPatternsAsync("acme-retail"),
            () => new SqlFeedbackStore(database).SinceAsync("acme-retail", DateTimeOffset.MinValue),
            () => new SqlSegmentPatterns(database).FindSimilarAsync("acme-retail", "gold members", 3),
            () => new SqlPersonalDataEraser(database).EraseUserAsync("acme-retail", "ana"),
        ];

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<MemoryUnavailableException>(call);
            Assert.Equal(MemoryUnavailableException.LongTerm, error.Store);
        }
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_unavailable()
    {
        // Accepts TCP connections (the kernel completes them) but never speaks PostgreSQL.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            await using var database = new PostgresLongTermDatabase(At(port, timeoutSeconds: 1));
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => new SqlUserPreferences(database).FindAsync("acme-retail", "ana", "date_recency"));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
            Assert.Contains($"127.0.0.1:{port} did not answer in time", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task A_missing_database_is_reported_with_how_to_fix_it()
    {
        var missing = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString) { Database = $"segmentai_missing_{Guid.NewGuid():N}" };
        await using var database = new PostgresLongTermDatabase(missing.ConnectionString);

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => new SqlUserPreferences(database).ListAsync("acme-retail", "ana"));

        Assert.Contains($"'{missing.Database}' on {missing.Host}:{missing.Port} does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Create the database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_with_what_is_wrong()
    {
        var error = Assert.Throws<ArgumentException>(() => new PostgresLongTermDatabase("Host=127.0.0.1;Colour=blue"));

        Assert.Contains("connection string is not valid", error.Message, StringComparison.Ordinal);
    }

    private static string At(int port, int timeoutSeconds = 2) =>
        new NpgsqlConnectionStringBuilder(TestPostgres.DefaultConnectionString) { Port = port, Timeout = timeoutSeconds }.ConnectionString;

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
