namespace SegmentAI.Host.Channels.Slack;

/// <summary>A user, team or channel as an interaction payload names it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="TeamId">For a user: their workspace.</param>
internal sealed record SlackReference(string? Id = null, string? TeamId = null);
