using SegmentAI.Host.Tests.CommandLine;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>The chat command as a real process: JSON lines in, one JSON reply per line out, errors as one line.</summary>
public sealed class ChatCommandTests : IClassFixture<CommandLineFixture>, IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("chat-state-").FullName;
    private readonly CommandLineFixture _fixture;

    public ChatCommandTests(CommandLineFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Json_mode_answers_each_line_with_exactly_one_reply()
    {
        const string Input = "Create a segment of recent high-value customers\n\n30 days\nMore than $200 in a single transaction\nsave it as Recent VIP spenders\n";

        var (exit, stdout, stderr) = await HostProcess.RunWithInputAsync(Input, "chat", "--tenant", "acme-retail", "--json", "--state-dir", _state,
            "--session", "cli-e2e", "--as-of", "2026-11-22", "--warehouse", _fixture.Warehouse);

        Assert.True(exit == 0, stderr);
        var replies = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["clarification", "clarification", "segment", "answer"], replies.Select(r => r.GetProperty("kind").GetString()));
        Assert.All(replies, r => Assert.Equal("cli-e2e", r.GetProperty("session_id").GetString()));
        Assert.Equal("date_recency", replies[0].GetProperty("clarification").GetProperty("slot").GetString());
        Assert.Equal("high_value_threshold", replies[1].GetProperty("clarification").GetProperty("slot").GetString());
        var segment = replies[2].GetProperty("segment");
        Assert.Equal(1500, segment.GetProperty("total_population").GetInt64());
        Assert.StartsWith("SELECT t.customer_id", segment.GetProperty("sql").GetString(), StringComparison.Ordinal);
        Assert.Contains("Recent VIP spenders", replies[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_tenant_is_one_error_line_with_a_hint()
    {
        var (exit, stdout, stderr) = await HostProcess.RunWithInputAsync("hello\n", "chat", "--tenant", "acme-retial", "--json", "--state-dir", _state);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: unknown tenant 'acme-retial'", line, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'acme-retail'?", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2026-13-01", "error: --as-of '2026-13-01' is not a date; use YYYY-MM-DD")]
    [InlineData("--warehouse", "no-such.duckdb", "error: warehouse file 'no-such.duckdb' does not exist")]
    public async Task Bad_options_are_one_error_line(string option, string value, string expected)
    {
        var (exit, stdout, stderr) = await HostProcess.RunWithInputAsync("", "chat", "--tenant", "acme-retail", "--json", option, value);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.Trim());
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
