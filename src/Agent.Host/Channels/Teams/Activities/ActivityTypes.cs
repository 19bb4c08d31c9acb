namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>Activity types and names the channel acts on.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";

    public const string ConversationUpdate = "conversationUpdate";

    public const string Invoke = "invoke";

    public const string Typing = "typing";

    public const string AdaptiveCardAction = "adaptiveCard/action";

    public const string TeamsChannelId = "msteams";
}
