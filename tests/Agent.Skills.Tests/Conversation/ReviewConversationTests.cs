using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Promotion;

namespace SegmentAI.Skills.Tests.Conversation;

public sealed class ReviewConversationTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const string Admin = "alice.admin@acme";

    private IShadowReviewQueue Queue => engine.Services.GetRequiredService<IShadowReviewQueue>();

    private async Task<ChatReply> Say(string text, string session, string user = Admin) => await engine.Engine.HandleAsync(engine.Say(text, session, user));

    [Fact]
    public async Task An_admin_lists_pending_reviews_then_approves_and_rejects_them_in_chat()
    {
        var items = await Queue.EnqueueAsync("replay-chat", [Item("segment_explain", 1), Item("segment_explain", 2)]);

        var listed = await Say("show pending reviews for segment_explain", "reviews-1");
        var approved = await Say($"approve review {items[0].Id}", "reviews-1");
        var rejected = await Say($"reject review {items[1].Id} because the candidate dropped the date window", "reviews-1");
        var again = await Say($"approve review {items[1].Id}", "reviews-1");
        var empty = await Say("show pending reviews for segment_explain", "reviews-1");

        Assert.Equal(("user_memory", ReplyKind.Answer), (listed.Skill!.Id, listed.Kind));
        Assert.Contains("2 review items are pending for segment_explain", listed.Text, StringComparison.Ordinal);
        Assert.Contains($"**{items[0].Id}** (1.1.0 vs 1.0.0, different conditions) \"explain segment 1\"", listed.Text, StringComparison.Ordinal);
        Assert.StartsWith($"Review item {items[0].Id} approved", approved.Text, StringComparison.Ordinal);
        Assert.Contains("1 item still pending", approved.Text, StringComparison.Ordinal);
        Assert.Contains("(the candidate dropped the date window)", rejected.Text, StringComparison.Ordinal);
        Assert.Contains("was already rejected by alice.admin@acme", again.Text, StringComparison.Ordinal);
        Assert.Equal(("the candidate dropped the date window", ReviewStatus.Rejected), ((await Queue.GetAsync("acme-retail", items[1].Id))!.Note, (await Queue.GetAsync("acme-retail", items[1].Id))!.Status));
        Assert.Contains("No review items are pending for segment_explain", empty.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_marketer_is_refused_politely_and_the_item_stays_pending()
    {
        var item = (await Queue.EnqueueAsync("replay-chat", [Item("segment_overlap", 1)]))[0];

        var listed = await Say("show pending reviews for segment_overlap", "reviews-2", "marco.marketer@acme");
        var approved = await Say($"approve review {item.Id}", "reviews-2", "marco.marketer@acme");

        Assert.Equal((ReplyKind.Refusal, ReplyKind.Refusal), (listed.Kind, approved.Kind));
        Assert.Equal(ReviewStatus.Pending, (await Queue.GetAsync("acme-retail", item.Id))!.Status);
    }

    [Fact]
    public async Task An_unknown_item_or_skill_gets_an_answer_saying_what_exists()
    {
        var unknownItem = await Say("approve review 987654321", "reviews-3");
        var unknownSkill = await Say("show pending reviews for segment_explainer", "reviews-3");

        Assert.Contains("There is no review item 987654321 for this tenant", unknownItem.Text, StringComparison.Ordinal);
        Assert.Contains("There is no skill called segment_explainer", unknownSkill.Text, StringComparison.Ordinal);
    }

    private static ShadowReviewItem Item(string skillId, int turn) => new()
    {
        SkillId = skillId,
        CandidateVersion = "1.1.0",
        ActiveVersion = "1.0.0",
        TenantId = "acme-retail",
        UserId = "marco.marketer@acme",
        Turn = new ReviewedTurn("prod-1", turn, $"explain segment {turn}"),
        ActiveReply = "3 conditions, 1,204 customers",
        CandidateReply = "2 conditions, 2,310 customers",
        DifferenceKind = "different_conditions",
        CreatedAt = new DateTimeOffset(2026, 11, 22, 9, turn, 0, TimeSpan.Zero),
    };
}
