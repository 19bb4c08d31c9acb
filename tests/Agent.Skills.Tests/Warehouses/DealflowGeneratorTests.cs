using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation.Dealflow;

namespace SegmentAI.Skills.Tests.Warehouses;

public sealed class DealflowGeneratorTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2025, 3, 10);
    private readonly TempWarehouseDirectory _directory = new();

    private string Path => _directory.File("dealflow.duckdb");

    public Task InitializeAsync() =>
        new DealflowGenerator().GenerateAsync(new WarehouseGenerationOptions(Path, 2_000, 5, AsOf, 30));

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("users", "user_id BIGINT, signup_ts TIMESTAMP, role VARCHAR, plan VARCHAR, company_size VARCHAR, region VARCHAR, referral_source VARCHAR")]
    [InlineData("events", "event_id BIGINT, user_id BIGINT, session_id VARCHAR, event_ts TIMESTAMP, event_type VARCHAR, deal_id BIGINT")]
    [InlineData("deals", "deal_id BIGINT, created_ts TIMESTAMP, creator_user_id BIGINT, sector VARCHAR, round VARCHAR, target_amount DECIMAL(14,2), status VARCHAR")]
    public void Table_has_exactly_the_contract_columns_and_types(string table, string expected)
    {
        var actual = WarehouseQuery.Columns(Path, table).Select(c => $"{c.Column} {c.Type}");

        Assert.Equal(expected.Split(", "), actual);
    }

    [Fact]
    public void Events_stay_inside_the_history_window_and_after_signup()
    {
        var latest = WarehouseQuery.Scalar<DateTime>(Path, "SELECT MAX(event_ts) FROM events");
        var earliest = WarehouseQuery.Scalar<DateTime>(Path, "SELECT MIN(event_ts) FROM events");
        var beforeSignup = WarehouseQuery.Scalar<long>(Path, "SELECT COUNT(*) FROM events JOIN users USING (user_id) WHERE event_ts < signup_ts");

        Assert.True(latest < AsOf.ToDateTime(TimeOnly.MinValue));
        Assert.True(earliest >= AsOf.AddDays(-30).ToDateTime(TimeOnly.MinValue));
        Assert.Equal(0, beforeSignup);
    }

    [Fact]
    public void Personas_differ_in_revisions_and_drop_off_rate()
    {
        const string PerPersona = """
            SELECT p.persona,
                   COUNT(*) FILTER (WHERE e.event_type = 'revise_offer') / COUNT(DISTINCT e.session_id) revisions_per_session,
                   COUNT(*) FILTER (WHERE e.event_type = 'drop_off') / COUNT(DISTINCT e.session_id) drop_off_rate
            FROM events e JOIN truth.user_persona p USING (user_id) GROUP BY 1
            """;
        double Metric(string persona, string column) =>
            WarehouseQuery.Scalar<double>(Path, $"SELECT {column} FROM ({PerPersona}) WHERE persona = '{persona}'");

        Assert.True(Metric("serial_reviser", "revisions_per_session") > 4 * Metric("decisive_closer", "revisions_per_session"));
        Assert.True(Metric("decisive_closer", "revisions_per_session") > Metric("window_shopper", "revisions_per_session"));
        Assert.True(Metric("ghost", "drop_off_rate") > 0.6);
        Assert.True(Metric("window_shopper", "drop_off_rate") > 3 * Metric("decisive_closer", "drop_off_rate"));
    }

    [Fact]
    public void Sessions_are_contiguous_bursts_of_one_user()
    {
        var overlapping = WarehouseQuery.Scalar<long>(Path, """
            WITH s AS (SELECT user_id, session_id, MIN(event_ts) s, MAX(event_ts) e, COUNT(DISTINCT user_id) OVER (PARTITION BY session_id) users
                       FROM events GROUP BY user_id, session_id)
            SELECT COUNT(*) FROM s a JOIN s b ON a.user_id = b.user_id AND a.session_id < b.session_id AND a.s < b.e AND b.s < a.e
            """);
        var sessionsStartingWithLogin = WarehouseQuery.Scalar<double>(Path, """
            SELECT AVG(CASE WHEN first_type = 'login' THEN 1 ELSE 0 END)
            FROM (SELECT arg_min(event_type, event_id) first_type FROM events GROUP BY session_id)
            """);

        Assert.Equal(0, overlapping);
        Assert.Equal(1.0, sessionsStartingWithLogin);
    }
}
