namespace SegmentAI.Host.Channels.Slack;

/// <summary>The button that was clicked.</summary>
/// <param name="ActionId">Which button (<see cref="SlackActions"/>).</param>
/// <param name="Value">The value the button was sent with.</param>
/// <param name="ActionTs">When it was clicked.</param>
internal sealed record SlackInteractionAction(string? ActionId = null, string? Value = null, string? ActionTs = null);
