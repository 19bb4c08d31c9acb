namespace SegmentAI.Host.Channels.Slack;

/// <summary>The message whose button was clicked, or the container holding it.</summary>
/// <param name="Ts">The message's timestamp (in a message).</param>
/// <param name="ThreadTs">The thread it is in.</param>
/// <param name="MessageTs">The message's timestamp (in a container).</param>
/// <param name="ChannelId">Its channel (in a container).</param>
internal sealed record SlackInteractionMessage(string? Ts = null, string? ThreadTs = null, string? MessageTs = null, string? ChannelId = null);
