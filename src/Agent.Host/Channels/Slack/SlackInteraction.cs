namespace SegmentAI.Host.Channels.Slack;

/// <summary>The JSON <c>payload</c> of an interactivity request (only the fields the channel reads).</summary>
/// <param name="Type"><c>block_actions</c> for a button click.</param>
/// <param name="User">Who clicked.</param>
/// <param name="Team">The workspace.</param>
/// <param name="Channel">Where the message is.</param>
/// <param name="Message">The message whose button was clicked.</param>
/// <param name="Container">Where the button is; carries the message's timestamps when <paramref name="Message"/> is absent.</param>
/// <param name="Actions">The clicked button, first.</param>
/// <param name="ResponseUrl">Where the answer is posted (valid for 30 minutes).</param>
/// <param name="TriggerId">Unique per click.</param>
internal sealed record SlackInteraction(
    string? Type = null,
    SlackReference? User = null,
    SlackReference? Team = null,
    SlackReference? Channel = null,
    SlackInteractionMessage? Message = null,
    SlackInteractionMessage? Container = null,
    IReadOnlyList<SlackInteractionAction>? Actions = null,
    string? ResponseUrl = null,
    string? TriggerId = null);
