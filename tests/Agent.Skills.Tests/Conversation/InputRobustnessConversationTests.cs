using SegmentAI.Skills.Chat;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>Inputs at the edges (control characters) get a reply, never an exception.</summary>
public sealed class InputRobustnessConversationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
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
}
