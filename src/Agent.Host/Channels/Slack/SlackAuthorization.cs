namespace SegmentAI.Host.Channels.Slack;

/// <summary>One installation an event is delivered for.</summary>
/// <param name="UserId">The installation's user: the bot user for a bot token.</param>
/// <param name="IsBot">Whether that user is a bot.</param>
internal sealed record SlackAuthorization(string? UserId = null, bool? IsBot = null);
