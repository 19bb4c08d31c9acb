using System.Text.Json;

namespace SegmentAI.Host.Tests.CommandLine;

public sealed class AnalyzePersonasCommandTests : IClassFixture<CommandLineFixture>
{
    private readonly CommandLineFixture _fixture;

    public AnalyzePersonasCommandTests(CommandLineFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Personas_are_printed_as_json_and_every_analysed_user_is_written_with_their_persona()
    {
        var warehouse = Path.Combine(_fixture.Folder, "dealflow.duckdb");
        var generated = await HostProcess.RunAsync("data", "generate", "--tenant", "dealflow", "--out", warehouse, "--as-of", "2026-11-22");
        Assert.True(generated.ExitCode == 0, generated.StdErr);
        var assignments = Path.Combine(_fixture.Folder, "personas.csv");

        var (exit, stdout, stderr) = await HostProcess.RunAsync("analyze", "personas", "--tenant", "dealflow", "--warehouse", warehouse, "--json", "--assignments", assignments);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2026-11-15", root.GetProperty("start").GetString());
        var personas = root.GetProperty("personas").EnumerateArray().ToList();
        Assert.InRange(personas.Count, 3, 8);
        var users = root.GetProperty("users").GetInt32();
        Assert.Equal(users, personas.Sum(p => p.GetProperty("users").GetInt32()));
        Assert.All(personas, p => Assert.InRange(p.GetProperty("drop_off_rate").GetDouble(), p.GetProperty("drop_off_low").GetDouble(), p.GetProperty("drop_off_high").GetDouble()));
        var lines = await File.ReadAllLinesAsync(assignments);
        Assert.Equal("user_id,persona", lines[0]);
        Assert.Equal(users, lines.Length - 1);
        Assert.Equal(personas.Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal), lines.Skip(1).Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim('"')).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_tenant_without_an_event_log_is_told_what_to_add()
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("analyze", "personas", "--tenant", "acme-retail", "--warehouse", _fixture.Warehouse);

        Assert.NotEqual(0, exit);
        Assert.Contains("add a behaviour: section to tenants/acme-retail/tenant.yaml", stderr, StringComparison.Ordinal);
    }
}
