namespace SegmentAI.Host.Channels.Slack;

/// <summary>One queued message: what the channel layer handles, and where in Slack the answer goes.</summary>
/// <param name="Message">The normalized message.</param>
/// <param name="ChannelId">The Slack channel.</param>
/// <param name="ThreadTs">The thread's parent timestamp; answers go into that thread.</param>
/// <param name="ResponseUrl">For button clicks: where the answer is posted instead of <c>chat.postMessage</c>.</param>
internal sealed record SlackTurn(ChannelMessage Message, string ChannelId, string ThreadTs, Uri? ResponseUrl = null);
