using SegmentAI.Host.Tests.CommandLine;

namespace SegmentAI.Host.Tests.Chat;

/// <summary>
/// The chat command as a real process. The process cannot take a fake engine, so until the engine is registered
/// these cover the failures: each is one error line on stderr, nothing on stdout, exit 1.
/// </summary>
public sealed class ChatCommandTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("chat-state-").FullName;

    [Fact]
    public async Task Json_mode_without_an_engine_is_one_error_line_and_exit_1()
    {
        var (exit, stdout, stderr) = await HostProcess.RunWithInputAsync("hello\n", "chat", "--tenant", "acme-retail", "--json", "--state-dir", _state);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: no conversation engine", line, StringComparison.Ordinal);
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
