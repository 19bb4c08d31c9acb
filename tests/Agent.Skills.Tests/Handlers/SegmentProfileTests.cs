using System.Globalization;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Tests.Conversation;
using SegmentAI.Skills.Tests.Warehouses;

namespace SegmentAI.Skills.Tests.Handlers;

/// <summary>"Break it down by …": the draft's members counted per value, as a table and a bar chart, from the warehouse.</summary>
public sealed class SegmentProfileTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_breakdown_by_a_named_facet_counts_each_value_as_a_direct_query_does()
    {
        await Say("gold members", "by-region");

        var reply = await Say("break it down by region", "by-region");

        Assert.Equal(("segment_profile", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        Assert.StartsWith("**Gold members** has", Assert.IsType<TextContent>(reply.Contents[0]).Text, StringComparison.Ordinal);
        var table = Assert.IsType<TableContent>(reply.Contents[1]);
        var chart = Assert.IsType<ChartContent>(reply.Contents[2]);
        Assert.Equal(["Home Region", "Customers", "Share"], table.Columns.Select(c => c.Header));
        var expected = Counts("SELECT region, COUNT(*) FROM customers WHERE loyalty_tier = 'gold' GROUP BY region");
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value.ToString("N0", CultureInfo.InvariantCulture))),
            table.Rows.Select(r => (r[0], r[1])).OrderBy(r => r.Item1));
        Assert.Equal(table.Rows.Select(r => r[0]), chart.Categories);
        Assert.Equal(table.Rows.Select(r => double.Parse(r[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)), Assert.Single(chart.Series).Values);
        Assert.Equal(ChartKind.Bar, chart.Kind);
        Assert.Contains($"has {expected.Values.Sum():N0} customers", reply.Text, StringComparison.Ordinal);
        Assert.Contains("| Home Region | Customers | Share |", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describing_the_audience_uses_the_skills_default_facets_for_the_tenant_but_not_one_the_draft_pins()
    {
        await Say("gold members", "describe");

        var reply = await Say("describe this audience", "describe");

        var table = Assert.Single(reply.Contents.OfType<TableContent>());
        Assert.Equal("Gold members by Home Region", table.Title);
    }

    [Fact]
    public async Task Values_past_the_skills_max_groups_are_summed_so_the_counts_add_up_to_the_segment()
    {
        await Say("platinum members", "by-state");

        var reply = await Say("split it by state", "by-state");

        var table = reply.Contents.OfType<TableContent>().Single();
        Assert.Equal(11, table.Rows.Count);
        Assert.StartsWith("Other (", table.Rows[^1][0], StringComparison.Ordinal);
        var total = WarehouseQuery.Scalar<long>(engine.AcmeWarehouse, "SELECT COUNT(*) FROM customers WHERE loyalty_tier = 'platinum'");
        Assert.Equal(total, table.Rows.Sum(r => long.Parse(r[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_breakdown_leaves_the_draft_as_it_was()
    {
        var draft = await Say("gold members who bought toys this year", "unchanged");
        await Say("break it down by gender", "unchanged");

        var explained = await Say("explain it", "unchanged");

        Assert.Equal(draft.Segment!.Conditions.Select(c => c.Facet), explained.Segment!.Conditions.Select(c => c.Facet));
        Assert.Equal(draft.Segment.EstimatedSize, explained.Segment.EstimatedSize);
    }

    [Theory]
    [InlineData("break it down by total spend", "Total Spend is measured from what people do")]
    [InlineData("break it down by something odd", "I couldn't tell which facet to break it down by")]
    public async Task A_facet_that_cannot_be_broken_down_by_is_explained_with_facets_that_can(string request, string reason)
    {
        await Say("gold members", "unfit-" + request.Length);

        var reply = await Say(request, "unfit-" + request.Length);

        Assert.Empty(reply.Contents);
        Assert.StartsWith(reason, reply.Text, StringComparison.Ordinal);
        Assert.Contains("such as Age Band, Gender", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_named_past_the_skills_max_facets_are_said_to_be_left_not_dropped()
    {
        await Say("gold members", "three");

        var reply = await Say("break it down by gender, age band and region", "three");

        Assert.Equal(["Gender", "Age Band"], reply.Contents.OfType<TableContent>().Select(t => t.Columns[0].Header));
        Assert.Contains("I break an audience down by 2 facets at a time, so Home Region is left for your next question.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_draft_it_asks_for_an_audience_first()
    {
        var reply = await Say("break it down by region", "nothing-yet");

        Assert.Equal(("segment_profile", ReplyKind.Answer), (reply.Skill?.Id, reply.Kind));
        Assert.StartsWith("There's no segment to break down yet.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contents_travel_in_the_chat_contract_with_their_type()
    {
        await Say("gold members", "json");
        var reply = await Say("break it down by region", "json");

        var json = ChatJson.SerializeLine(reply);
        var back = ChatJson.Deserialize(json);

        Assert.Contains("\"type\":\"text\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"table\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"chart\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"bar\"", json, StringComparison.Ordinal);
        Assert.Equal(reply.Contents.Select(c => c.GetType()), back.Contents.Select(c => c.GetType()));
        Assert.Equal(reply.Contents.OfType<TableContent>().Single().Rows.SelectMany(r => r), back.Contents.OfType<TableContent>().Single().Rows.SelectMany(r => r));
    }

    private Task<ChatReply> Say(string text, string session) => engine.Engine.HandleAsync(engine.Say(text, "profile-" + session));

    private Dictionary<string, long> Counts(string sql)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={engine.AcmeWarehouse};access_mode=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var label = reader.GetString(0) switch { "south" => "South", "west" => "West", "midwest" => "Midwest", "northeast" => "Northeast", var other => other };
            counts[label] = reader.GetInt64(1);
        }

        return counts;
    }
}
