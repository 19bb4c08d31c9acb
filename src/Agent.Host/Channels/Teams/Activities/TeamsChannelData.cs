namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>The <c>channelData</c> Teams adds to an activity.</summary>
/// <param name="Tenant">The Entra tenant the activity comes from.</param>
/// <param name="Team">The team, for channel conversations.</param>
/// <param name="Channel">The channel, for channel conversations.</param>
internal sealed record TeamsChannelData(TeamsReference? Tenant = null, TeamsReference? Team = null, TeamsReference? Channel = null);
