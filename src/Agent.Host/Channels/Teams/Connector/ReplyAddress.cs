using SegmentAI.Host.Channels.Teams.Activities;

namespace SegmentAI.Host.Channels.Teams.Connector;

/// <summary>Where replies to one activity go, and as whom: the conversation reference of the Bot Framework.</summary>
/// <param name="ServiceUrl">The Bot Connector of the conversation (verified against the token's serviceurl claim).</param>
/// <param name="Conversation">The conversation.</param>
/// <param name="ActivityId">The activity answered.</param>
/// <param name="Bot">The bot: the incoming activity's recipient.</param>
/// <param name="User">The sender: the incoming activity's from.</param>
internal sealed record ReplyAddress(string ServiceUrl, ConversationAccount Conversation, string ActivityId, ChannelAccount Bot, ChannelAccount User)
{
    /// <summary>The address of replies to <paramref name="activity"/>, which must have passed <see cref="ActivityReader.Validate"/>.</summary>
    public static ReplyAddress Of(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ReplyAddress(activity.ServiceUrl!, activity.Conversation!, activity.Id!, activity.Recipient!, activity.From!);
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c>: the ids escaped, since Teams
    /// conversation ids hold ':', '@' and ';'.
    /// </summary>
    public Uri ReplyUri() => new(
        $"{ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(Conversation.Id!)}/activities/{Uri.EscapeDataString(ActivityId)}");
}
