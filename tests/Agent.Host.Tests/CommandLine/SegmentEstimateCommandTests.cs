using System.Text.Json;

namespace SegmentAI.Host.Tests.CommandLine;

public sealed class SegmentEstimateCommandTests : IClassFixture<CommandLineFixture>
{
    private const string GoldBabyBuyers = """
        {"name":"Gold baby buyers","tenant":"acme-retail","root":{"type":"and","children":[
          {"type":"condition","source_text":"gold members","facet":"loyalty_tier","operator":"in","values":["gold"]},
          {"type":"condition","source_text":"bought baby products","facet":"department_purchased","operator":"in","values":["Baby"]}]}}
        """;

    private readonly CommandLineFixture _fixture;

    public SegmentEstimateCommandTests(CommandLineFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Estimate_prints_size_population_logic_and_runnable_sql_as_json()
    {
        var file = _fixture.Write("gold-baby.json", GoldBabyBuyers);

        var (exit, stdout, stderr) = await HostProcess.RunAsync("segment", "estimate", "--tenant", "acme-retail", "--file", file, "--warehouse", _fixture.Warehouse, "--json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("2026-11-22", root.GetProperty("as_of").GetString());
        Assert.Equal(1500, root.GetProperty("total_population").GetInt64());
        var size = root.GetProperty("estimated_size").GetInt64();
        Assert.InRange(size, 1, 1499);
        Assert.Equal("C1 AND C2", root.GetProperty("logic").GetString());
        Assert.Contains("365 days", root.GetProperty("assumptions")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("SELECT t.customer_id", root.GetProperty("sql").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Estimate_as_text_states_the_size_against_the_population()
    {
        var file = _fixture.Write("gold.json", """{"root":{"type":"condition","source_text":"gold","facet":"loyalty_tier","operator":"in","values":["gold"]}}""");

        var (exit, stdout, _) = await HostProcess.RunAsync("segment", "estimate", "--tenant", "acme-retail", "--file", file, "--warehouse", _fixture.Warehouse);

        Assert.Equal(0, exit);
        Assert.Matches(@"Size:\s+[\d,]+ of 1,500 customers \(\d+\.\d%\)", stdout);
        Assert.Contains("Who:         Customers where Loyalty Tier is Gold.", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown-tenant", "acme", """{"root":{"type":"condition","source_text":"gold","facet":"loyalty_tier","operator":"in","values":["gold"]}}""", "unknown tenant 'acme'")]
    [InlineData("bad-json", "acme-retail", """{"root": {""", "invalid segment definition JSON")]
    [InlineData("unknown-facet", "acme-retail", """{"root":{"type":"condition","source_text":"vip","facet":"loyalty_teir","operator":"in","values":["gold"]}}""", "unknown facet 'loyalty_teir'")]
    [InlineData("bad-value", "acme-retail", """{"root":{"type":"condition","source_text":"diamond","facet":"loyalty_tier","operator":"in","values":["diamond"]}}""", "'diamond' is not a value of")]
    [InlineData("pii", "acme-retail", """{"root":{"type":"condition","source_text":"by email","facet":"email","operator":"in","values":["a@b.c"]}}""", "personal data (PII)")]
    public async Task Bad_input_gives_one_error_line_and_a_non_zero_exit(string name, string tenant, string json, string expected)
    {
        var file = _fixture.Write($"{name}.json", json);

        var (exit, stdout, stderr) = await HostProcess.RunAsync("segment", "estimate", "--tenant", tenant, "--file", file, "--warehouse", _fixture.Warehouse);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warehouse_the_running_host_has_open_can_still_be_read_by_another_process()
    {
        // Arrange: hold the file open the way the host does between turns
        var file = _fixture.Write("gold-held.json", """{"root":{"type":"condition","source_text":"gold","facet":"loyalty_tier","operator":"in","values":["gold"]}}""");
        await using var held = await SegmentAI.Skills.Warehouses.Warehouse.DuckDb(_fixture.Warehouse).OpenAsync();

        // Act
        var (exit, stdout, stderr) = await HostProcess.RunAsync("segment", "estimate", "--tenant", "acme-retail", "--file", file, "--warehouse", _fixture.Warehouse);

        // Assert
        Assert.True(exit == 0, stderr);
        Assert.Matches(@"Size:\s+[\d,]+ of 1,500 customers", stdout);
    }

    [Fact]
    public async Task Missing_definition_file_is_named_in_the_error()
    {
        var (exit, _, stderr) = await HostProcess.RunAsync("segment", "estimate", "--tenant", "acme-retail", "--file", "nope.json", "--warehouse", _fixture.Warehouse);

        Assert.Equal(1, exit);
        Assert.Contains("definition file 'nope.json' does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_warehouse_says_how_to_create_it()
    {
        var file = _fixture.Write("gold-for-missing.json", GoldBabyBuyers);

        var (exit, _, stderr) = await HostProcess.RunAsync("segment", "estimate", "--tenant", "acme-retail", "--file", file, "--warehouse", Path.Combine(_fixture.Folder, "none.duckdb"));

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }
}
