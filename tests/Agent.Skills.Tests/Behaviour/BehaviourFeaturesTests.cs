using DuckDB.NET.Data;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Tests.Behaviour;

/// <summary>The feature query on a handful of events whose every feature can be worked out by hand.</summary>
public sealed class BehaviourFeaturesTests
{
    private static readonly DateOnly Start = new(2026, 11, 1);
    private static readonly DateOnly End = new(2026, 12, 1);

    // u1 negotiates over two sessions: one offer accepted, one rejected. u2 browses and drops off. u3 was last seen
    // 21 days before the window's end.
    private static readonly (string User, string Session, string At, string Type)[] Events =
    [
        ("u1", "s1", "2026-11-28 10:00:00", "login"),
        ("u1", "s1", "2026-11-28 10:01:00", "create_term_sheet"),
        ("u1", "s1", "2026-11-28 10:03:00", "send_offer"),
        ("u1", "s1", "2026-11-28 10:04:00", "accept"),
        ("u1", "s2", "2026-11-29 09:00:00", "login"),
        ("u1", "s2", "2026-11-29 09:02:00", "revise_offer"),
        ("u1", "s2", "2026-11-29 09:03:00", "message"),
        ("u1", "s2", "2026-11-29 09:05:00", "send_offer"),
        ("u1", "s2", "2026-11-29 09:06:00", "reject"),
        ("u2", "s3", "2026-11-25 12:00:00", "login"),
        ("u2", "s3", "2026-11-25 12:00:30", "view_deal"),
        ("u2", "s3", "2026-11-25 12:01:00", "drop_off"),
        ("u3", "s4", "2026-11-10 08:00:00", "login"),
        ("u3", "s4", "2026-11-10 08:01:00", "view_deal"),
    ];

    [Fact]
    public async Task Outcome_counts_and_rates_and_key_step_times_are_per_user_and_unknown_without_data()
    {
        var table = await ComputeAsync(DealflowBehaviourFixture.Log);

        Assert.Equal(["u1", "u2", "u3"], table.Users);
        Assert.Equal((2, 0, 0), Column(table, "offers_sent"));
        Assert.Equal((0.5, double.NaN, double.NaN), Column(table, "acceptance_rate"));
        Assert.Equal((0.5, double.NaN, double.NaN), Column(table, "rejection_rate"));
        Assert.Equal((1, 0, 0), Column(table, "revise_offer_count"));
        Assert.Equal((1, 0, 0), Column(table, "message_count"));
        Assert.Equal((0, 1, 1), Column(table, "view_deal_count"));

        // In each session, the time from its first create_term_sheet to its first send_offer: 120 s; the second
        // session's offer has no term sheet of its own and is not timed against the first session's.
        Assert.Equal((120, double.NaN, double.NaN), Column(table, "median_seconds_create_term_sheet_to_send_offer"));
        Assert.Equal((60, double.NaN, double.NaN), Column(table, "median_seconds_send_offer_to_accept"));
    }

    [Fact]
    public async Task Counts_and_rates_describe_while_the_per_session_features_cluster()
    {
        var table = await ComputeAsync(DealflowBehaviourFixture.Log);

        var clustering = table.ClusteringColumns.Select(j => table.Names[j]).ToList();
        var descriptive = table.DescriptiveColumns.Select(j => table.Names[j]).ToList();
        Assert.Equal([.. BehaviourFeatures.Core, "view_deal_per_session", "revise_offer_per_session", "send_offer_per_session", "message_per_session", "drop_off_share"], clustering);
        Assert.Equal(
            ["view_deal_count", "revise_offer_count", "message_count", "offers_sent", "acceptance_rate", "rejection_rate",
             "median_seconds_create_term_sheet_to_send_offer", "median_seconds_send_offer_to_accept"],
            descriptive);
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(30, false)]
    public async Task Dropped_off_is_a_drop_off_event_or_the_tenants_inactive_days_without_an_event(int inactiveDays, bool lapsedUserDropped)
    {
        var table = await ComputeAsync(DealflowBehaviourFixture.Log with { InactiveDays = inactiveDays });

        Assert.Equal([false, true, lapsedUserDropped], table.DroppedOff);
        Assert.Contains($"no event in the last {inactiveDays} days", PersonaProfiles.DropOffDefinition(DealflowBehaviourFixture.Log with { InactiveDays = inactiveDays }), StringComparison.Ordinal);
    }

    private static (double, double, double) Column(BehaviourFeatureTable table, string name)
    {
        var j = table.IndexOf(name);
        return (table.Values[0][j], table.Values[1][j], table.Values[2][j]);
    }

    private static async Task<BehaviourFeatureTable> ComputeAsync(BehaviourEventLog log)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE events (user_id VARCHAR, session_id VARCHAR, event_ts TIMESTAMP, event_type VARCHAR)";
            await create.ExecuteNonQueryAsync();
        }

        using (var appender = connection.CreateAppender("events"))
        {
            foreach (var (user, session, at, type) in Events)
            {
                appender.CreateRow().AppendValue(user).AppendValue(session)
                    .AppendValue(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).AppendValue(type).EndRow();
            }
        }

        return await BehaviourFeatures.ComputeAsync(connection, log, Start, End);
    }
}
