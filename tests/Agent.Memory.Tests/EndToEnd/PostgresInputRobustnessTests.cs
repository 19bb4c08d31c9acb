using Npgsql;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>
/// Text PostgreSQL refuses (NUL) never reaches long-term memory, and a long-term memory failure is reported as
/// one, not as the warehouse's, without the driver's text.
/// </summary>
public sealed class PostgresInputRobustnessTests(AcmeWarehouseFixture warehouse, PostgresSchema schema)
    : IClassFixture<AcmeWarehouseFixture>, IClassFixture<PostgresSchema>
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public async Task A_NUL_in_a_message_is_stripped_so_the_query_log_keeps_the_turn_and_the_segment_saves()
    {
        await using var host = await StartAsync();

        var created = await host.Engine.HandleAsync(Say("customers in Texas\u0000 who bought toys", "nul-text"));
        var saved = await host.Engine.HandleAsync(Say("save it as Clean Name", "nul-text"));

        Assert.Equal(ReplyKind.Segment, created.Kind);
        Assert.NotEqual(ReplyKind.Error, saved.Kind);
        Assert.Contains("Clean Name", saved.Text, StringComparison.Ordinal);
        Assert.Equal(["customers in Texas who bought toys", "save it as Clean Name"], await QueriesAsync("nul-text"));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM saved_segments WHERE name = 'Clean Name'"));
    }

    [Fact]
    public async Task A_NUL_in_the_session_or_user_id_does_not_break_the_store()
    {
        await using var host = await StartAsync();

        var reply = await host.Engine.HandleAsync(Say("customers who bought toys", "nul\u0000-session") with { UserId = "nul\u0000user@acme" });

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal("nul-session", reply.SessionId);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM query_log WHERE session_id = 'nul-session' AND user_id = 'nuluser@acme'"));
    }

    [Fact]
    public async Task A_long_term_memory_failure_is_not_blamed_on_the_warehouse_and_keeps_the_driver_text_out_of_the_reply()
    {
        await using var host = await StartAsync();
        await TestPostgres.ExecuteAsync(
            """
            CREATE OR REPLACE FUNCTION refuse_doomed_name() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused by a test trigger: %', NEW.name; END $$;
            CREATE TRIGGER refuse_doomed_name BEFORE INSERT ON saved_segments
            FOR EACH ROW WHEN (NEW.name = 'Doomed Name') EXECUTE FUNCTION refuse_doomed_name();
            """,
            schema.ConnectionString);

        await host.Engine.HandleAsync(Say("gold members who bought toys in the last 30 days", "doomed"));
        var saved = await host.Engine.HandleAsync(Say("save it as Doomed Name", "doomed"));

        Assert.Equal(ReplyKind.Error, saved.Kind);
        Assert.StartsWith("Long-term memory", saved.Text, StringComparison.Ordinal);
        Assert.Matches("trace id: [0-9a-f]{32}\\.$", saved.Text);
        Assert.DoesNotContain("warehouse", saved.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refused by a test trigger", saved.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P0001", saved.Text, StringComparison.Ordinal);
    }

    private Task<AgentMemoryHost> StartAsync() => AgentMemoryHost.StartAsync(new Dictionary<string, string?>
    {
        ["StateDirectory"] = warehouse.StateFolder($"pg-input-{Guid.NewGuid():N}"),
        ["LongTerm"] = "Server",
        ["Postgres"] = schema.ConnectionString,
    });

    private ChatRequest Say(string text, string session) =>
        new("acme-retail", "robust@acme", session, text, "eval", TrustUnknownUsers: true, AsOf: AsOf, Warehouse: warehouse.Warehouse);

    private async Task<List<string>> QueriesAsync(string session)
    {
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT query FROM query_log WHERE session_id = @session ORDER BY turn, id", connection);
        command.Parameters.AddWithValue("session", session);
        var queries = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            queries.Add(reader.GetString(0));
        }

        return queries;
    }

    private Task<long> CountAsync(string sql) => TestPostgres.CountAsync(schema.ConnectionString, sql);
}
