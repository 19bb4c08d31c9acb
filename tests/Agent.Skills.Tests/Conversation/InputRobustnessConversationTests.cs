using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>Inputs at the edges (huge or distant dates, control characters) get a reply, never an exception.</summary>
public sealed class InputRobustnessConversationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Theory]
    [InlineData("customers who bought toys in the last 3000 years", "the last 3000 years")]
    [InlineData("customers who bought toys in the last 999999999 days", "the last 999999999 days")]
    [InlineData("customers who bought toys in the last 99999999999 days", "the last 99999999999 days")]
    [InlineData("customers who bought toys in the next 9000 years", "the next 9000 years")]
    public async Task A_window_past_the_supported_range_gets_a_reply_naming_the_range(string message, string phrase)
    {
        var reply = await engine.Engine.HandleAsync(engine.Say(message, NewSession()));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("I can only work with dates between 1 Jan 1900 and 31 Dec 2199", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"'{phrase}' goes past that", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(1899, 12, 31)]
    public async Task An_as_of_outside_the_supported_range_gets_a_reply_naming_the_range(int year, int month, int day)
    {
        var asOf = new DateOnly(year, month, day);

        var reply = await engine.Engine.HandleAsync(engine.Say("customers who bought toys in the last 30 days", NewSession()) with { AsOf = asOf });

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("between 1 Jan 1900 and 31 Dec 2199", reply.Text, StringComparison.Ordinal);
        Assert.Contains(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_window_inside_the_range_still_builds_a_segment()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("customers who bought toys in the last 100 years", NewSession()));

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Contains(reply.Segment!.Conditions, c => c.Window?.Start == new DateOnly(1926, 11, 22));
    }

    [Fact]
    public async Task Control_characters_in_the_text_and_ids_are_stripped_before_the_turn()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("customers in Texas\u0000 who bought toys", "nul\u0000session", "nul\u0000user@acme"));
        var next = await engine.Engine.HandleAsync(engine.Say("only gold members", "nulsession", "nuluser@acme"));

        Assert.Equal(ReplyKind.Segment, reply.Kind);
        Assert.Equal("nulsession", reply.SessionId);
        Assert.DoesNotContain(reply.Segment!.Conditions, c => c.SourceText.Contains('\0', StringComparison.Ordinal));
        Assert.Equal(ReplyKind.Segment, next.Kind);
        Assert.Equal(reply.Segment.Id, next.Segment!.Id);
    }

    private static string NewSession() => $"edge-{Guid.NewGuid():N}";
}
