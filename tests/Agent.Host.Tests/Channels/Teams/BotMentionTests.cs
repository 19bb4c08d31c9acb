using SegmentAI.Host.Channels.Teams.Activities;

namespace SegmentAI.Host.Tests.Channels.Teams;

public sealed class BotMentionTests
{
    private static readonly ChannelAccount Bot = new(TeamsActivities.BotId, "SegmentAI");

    [Fact]
    public void Strips_the_bot_mention_using_entities()
    {
        var activity = new TeamsActivity
        {
            Text = "<at>SegmentAI</at> gold members in Texas",
            Recipient = Bot,
            Entities = [new ActivityEntity("mention", Bot, "<at>SegmentAI</at>")],
        };

        Assert.Equal("gold members in Texas", BotMention.Strip(activity));
    }

    [Fact]
    public void A_renamed_bot_is_still_recognised_by_its_id()
    {
        var activity = new TeamsActivity
        {
            Text = "<at>Segment Bot (Acme)</at> VIP customers",
            Recipient = Bot,
            Entities = [new ActivityEntity("mention", new ChannelAccount(TeamsActivities.BotId, "Segment Bot (Acme)"), "<at>Segment Bot (Acme)</at>")],
        };

        Assert.Equal("VIP customers", BotMention.Strip(activity));
    }

    [Fact]
    public void Mentions_of_other_people_and_at_tags_without_an_entity_are_kept()
    {
        var activity = new TeamsActivity
        {
            Text = "<at>SegmentAI</at> share with <at>Priya</at> and <at>SegmentAI</at>",
            Recipient = Bot,
            Entities = [new ActivityEntity("mention", new ChannelAccount("29:priya", "Priya"), "<at>Priya</at>")],
        };

        Assert.Equal("<at>SegmentAI</at> share with <at>Priya</at> and <at>SegmentAI</at>", BotMention.Strip(activity));
    }

    [Fact]
    public void A_message_without_text_is_empty()
    {
        Assert.Equal("", BotMention.Strip(new TeamsActivity { Recipient = Bot }));
    }
}
