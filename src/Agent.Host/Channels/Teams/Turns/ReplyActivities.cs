using SegmentAI.Host.Channels.Teams.Activities;
using SegmentAI.Host.Channels.Teams.Cards;
using SegmentAI.Host.Channels.Teams.Connector;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Host.Channels.Teams.Turns;

/// <summary>Replies as Bot Framework activities: from the bot to the sender, in the conversation, answering the activity.</summary>
internal static class ReplyActivities
{
    /// <summary>
    /// The reply message: its markdown text (the fallback where cards are not shown, and the notification text) and,
    /// for segments, questions and replies with tables or charts, the Adaptive Card. Other replies are text only.
    /// </summary>
    public static OutgoingActivity Message(ReplyAddress address, ChatReply reply, string entityNoun)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var card = AdaptiveCards.For(reply, entityNoun);
        return Message(address, reply.Text) with
        {
            Attachments = card is null ? null : [new CardAttachment(AdaptiveCards.ContentType, card)],
        };
    }

    /// <summary>A text message.</summary>
    public static OutgoingActivity Message(ReplyAddress address, string markdown) => Addressed(address, ActivityTypes.Message) with
    {
        Text = markdown,
        TextFormat = "markdown",
    };

    /// <summary>The typing indicator Teams shows for a few seconds.</summary>
    public static OutgoingActivity Typing(ReplyAddress address) => Addressed(address, ActivityTypes.Typing);

    private static OutgoingActivity Addressed(ReplyAddress address, string type)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new OutgoingActivity
        {
            Type = type,
            From = address.Bot,
            Recipient = address.User,
            Conversation = address.Conversation,
            ReplyToId = address.ActivityId,
        };
    }
}
