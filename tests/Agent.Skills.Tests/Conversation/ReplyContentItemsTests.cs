using System.Text.Json;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>A segment and a question arrive as typed content items as well as in their own fields.</summary>
public sealed class ReplyContentItemsTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string User = "marco.marketer@acme";

    [Fact]
    public async Task A_segment_reply_carries_its_card_as_a_segment_content_item_that_survives_json()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("gold members in Texas", "contents-segment", User));

        var item = Assert.IsType<SegmentContent>(Assert.Single(reply.Contents));
        Assert.Same(reply.Segment, item.Segment);
        var json = JsonDocument.Parse(ChatJson.Serialize(reply)).RootElement;
        var serialized = Assert.Single(json.GetProperty("contents").EnumerateArray());
        Assert.Equal("segment", serialized.GetProperty("type").GetString());
        Assert.Equal(reply.Segment!.Sql, serialized.GetProperty("segment").GetProperty("sql").GetString());
        var back = JsonSerializer.Deserialize<ChatReply>(ChatJson.Serialize(reply), SegmentJson.Options)!;
        Assert.Equal(reply.Segment.Sql, Assert.IsType<SegmentContent>(Assert.Single(back.Contents)).Segment.Sql);
    }

    [Fact]
    public async Task A_question_carries_its_options_as_a_clarification_content_item()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("Create a segment of recent high-value customers", "contents-question", User));

        Assert.Equal(ReplyKind.Clarification, reply.Kind);
        var item = Assert.IsType<ClarificationContent>(Assert.Single(reply.Contents));
        Assert.Same(reply.Clarification, item.Clarification);
        Assert.NotEmpty(item.Clarification.Options);
    }

    [Fact]
    public async Task An_explanation_is_its_text_and_keeps_the_card_out_of_its_contents()
    {
        await engine.Engine.HandleAsync(engine.Say("gold members in Texas", "contents-explain", User));

        var reply = await engine.Engine.HandleAsync(engine.Say("explain it", "contents-explain", User));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.NotNull(reply.Segment);
        Assert.DoesNotContain(reply.Contents, c => c is SegmentContent);
    }

    [Fact]
    public async Task A_reply_without_a_segment_or_question_has_no_such_item()
    {
        var reply = await engine.Engine.HandleAsync(engine.Say("hello", "contents-none", User));

        Assert.DoesNotContain(reply.Contents, c => c is SegmentContent or ClarificationContent);
    }
}
