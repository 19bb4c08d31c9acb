using System.Diagnostics;
using SegmentAI.Memory.Tests.LongTerm.Servers;
using SegmentAI.Memory.Tests.Servers;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.EndToEnd;

/// <summary>Conversations while a memory server is down or slow, with real servers.</summary>
public sealed class MemoryOutageConversationTests(AcmeWarehouseFixture warehouse) : IClassFixture<AcmeWarehouseFixture>
{
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    [Fact]
    public async Task Redis_down_mid_conversation_gives_a_clear_reply_and_the_draft_survives_until_it_returns()
    {
        using var redis = new RedisServerProcess();
        await redis.StartAsync();
        await using var host = await AgentMemoryHost.StartAsync(Configuration(redis.ConnectionString, "0.5"));
        // The draft must be stored before the outage; with a 0.5 s budget a loaded machine can miss it on the first try.
        var created = await RetryWhileUnavailableAsync(() => host.Engine.HandleAsync(Say("gold members who bought toys in the last 30 days", "outage")));

        redis.Kill();
        var duringOutage = await host.Engine.HandleAsync(Say("make it 60 days", "outage"));
        await redis.StartAsync();
        var resumed = await RetryWhileUnavailableAsync(() => host.Engine.HandleAsync(Say("make it 60 days", "outage")));

        Assert.Equal(ReplyKind.Segment, created.Kind);
        Assert.Equal(ReplyKind.Error, duringOutage.Kind);
        Assert.Contains("temporarily unable to keep your session", duringOutage.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Segment, resumed.Kind);
        Assert.Equal(created.Segment!.Id, resumed.Segment!.Id);
        Assert.Contains(resumed.Segment.Conditions, c => c.Facet == "loyalty_tier");
        Assert.All(resumed.Segment.Conditions.Where(c => c.Window is not null), c => Assert.Equal(60, c.Window!.End.DayNumber - c.Window.Start.DayNumber));
    }

    [Fact]
    public async Task A_slow_session_store_times_out_within_its_budget_instead_of_hanging()
    {
        using var redis = new RedisServerProcess();
        await redis.StartAsync();
        await using var host = await AgentMemoryHost.StartAsync(Configuration(redis.ConnectionString, "0.5"));
        // The draft must be stored before the pause; with a 0.5 s budget a loaded machine can miss it on the first try.
        var created = await RetryWhileUnavailableAsync(() => host.Engine.HandleAsync(Say("gold members who bought toys in the last 30 days", "slow")));
        Assert.Equal(ReplyKind.Segment, created.Kind);

        redis.Pause();
        var watch = Stopwatch.StartNew();
        ChatReply slow;
        try
        {
            slow = await host.Engine.HandleAsync(Say("make it 60 days", "slow"));
        }
        finally
        {
            redis.Resume();
        }

        var elapsed = watch.Elapsed;
        var after = await RetryWhileUnavailableAsync(() => host.Engine.HandleAsync(Say("make it 60 days", "slow")));

        Assert.Equal(ReplyKind.Error, slow.Kind);
        Assert.Contains("temporarily unable to keep your session", slow.Text, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"the turn took {elapsed.TotalSeconds:0.0} s with a 0.5 s budget");
        Assert.Equal(ReplyKind.Segment, after.Kind);
    }

    [Fact]
    public async Task PostgreSQL_going_down_fails_the_save_clearly_and_keeps_the_draft_in_the_session()
    {
        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString);
        using var relay = new TcpRelay("127.0.0.1", postgres.Port);
        postgres.Port = relay.Port;
        postgres.Timeout = 2;
        postgres.Pooling = false;
        await using var host = await AgentMemoryHost.StartAsync(new Dictionary<string, string?>
        {
            ["StateDirectory"] = warehouse.StateFolder($"pg-down-{Guid.NewGuid():N}"),
            ["LongTerm"] = "Server",
            ["Postgres"] = postgres.ConnectionString,
        });
        var created = await host.Engine.HandleAsync(Say("gold members who bought toys in the last 30 days", "pg-down"));

        relay.Cut();
        var save = await host.Engine.HandleAsync(Say("save it as Gold toy buyers", "pg-down"));
        var edited = await host.Engine.HandleAsync(Say("make it 60 days", "pg-down"));

        Assert.Equal(ReplyKind.Segment, created.Kind);
        Assert.Equal(ReplyKind.Error, save.Kind);
        Assert.Contains("couldn't reach long-term memory", save.Text, StringComparison.Ordinal);
        Assert.Contains("draft is kept", save.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyKind.Segment, edited.Kind);
        Assert.Equal(created.Segment!.Id, edited.Segment!.Id);
        Assert.Contains(edited.Segment.Conditions, c => c.Facet == "loyalty_tier");
        Assert.Null(await FindSegmentDirectlyAsync("Gold toy buyers"));
    }

    private static async Task<string?> FindSegmentDirectlyAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT segment_id FROM saved_segments WHERE tenant_id = 'acme-retail' AND name = @name AND owner_id = 'outage@acme'", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync() as string;
    }

    private Dictionary<string, string?> Configuration(string redis, string timeoutSeconds) => new()
    {
        ["StateDirectory"] = warehouse.StateFolder($"redis-{Guid.NewGuid():N}"),
        ["ShortTerm"] = "Server",
        ["Redis"] = redis,
        ["OperationTimeout"] = $"00:00:0{timeoutSeconds}",
    };

    private ChatRequest Say(string text, string session) =>
        new("acme-retail", "outage@acme", session, text, "eval", TrustUnknownUsers: true, AsOf: AsOf, Warehouse: warehouse.Warehouse);

    // The client reconnects in the background; the first turns after a restart may still find it disconnected.
    private static async Task<ChatReply> RetryWhileUnavailableAsync(Func<Task<ChatReply>> turn)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reply = await turn();
            if (reply.Kind != ReplyKind.Error || attempt == 40)
            {
                return reply;
            }

            await Task.Delay(250);
        }
    }

}
