using System.Text.Json;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class SessionStateJsonTests
{
    [Fact]
    public void A_rich_session_round_trips_exactly()
    {
        var state = SampleSessions.Rich("acme-retail", "ana", "s1") with { Version = 7 };

        var loaded = SessionStateJson.Deserialize(SessionStateJson.Serialize(state));

        SessionAssert.Equivalent(state, loaded);
    }

    [Fact]
    public void Segment_nodes_keep_their_kind_and_turns_keep_their_offsets()
    {
        var state = SampleSessions.Rich("acme-retail", "ana", "s1");

        var loaded = SessionStateJson.Deserialize(SessionStateJson.Serialize(state));

        var root = Assert.IsType<AndNode>(loaded.Draft!.Definition.Root);
        var not = Assert.IsType<NotNode>(root.Children[2]);
        Assert.IsType<OrNode>(not.Child);
        Assert.Equal(200.50m, loaded.Draft.Definition.Conditions()[1].Aggregate!.Values[0]);
        Assert.Equal(TimeSpan.FromHours(-6), loaded.Turns[0].At.Offset);
        Assert.Equal(state.Turns[5].At, loaded.Turns[5].At);
    }

    [Fact]
    public void Same_event_filters_of_a_draft_condition_round_trip_with_their_operators_values_and_words()
    {
        // Arrange
        var state = SampleSessions.Rich("acme-retail", "ana", "s1");

        // Act
        var json = SessionStateJson.Serialize(state);
        var loaded = SessionStateJson.Deserialize(json);

        // Assert
        Assert.Contains("\"same_event\":[{\"facet\":\"purchase_channel\"", json, StringComparison.Ordinal);
        var filters = loaded.Draft!.Definition.Conditions()[1].SameEvent!;
        Assert.Equal(2, filters.Count);
        Assert.Equal(("purchase_channel", ConditionOperator.NotIn, "online"), (filters[0].Facet, filters[0].Operator, filters[0].SourceText));
        Assert.Equal(["store", "pickup"], filters[0].Values);
        Assert.Equal((ConditionOperator.Between, null), (filters[1].Operator, filters[1].SourceText));
        Assert.Equal(["20", "80.5"], filters[1].Values);
        Assert.Null(loaded.Draft.Definition.Conditions()[0].SameEvent);
    }

    [Fact]
    public void A_fresh_session_round_trips()
    {
        var state = SessionState.Start("acme-retail", "ana", "s1");

        SessionAssert.Equivalent(state, SessionStateJson.Deserialize(SessionStateJson.Serialize(state)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"session_id\":\"s1\",\"tenant_id\":\"t\",\"user_id\":\"u\",\"draft\":{\"id\":\"d\"}}")]
    public void Unreadable_json_is_a_json_exception(string json)
    {
        Assert.ThrowsAny<JsonException>(() => SessionStateJson.Deserialize(json));
    }
}
