using System.Text.Json;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Segments;

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
