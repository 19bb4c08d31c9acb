namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>A user or bot in a conversation.</summary>
/// <param name="Id">Channel id of the account (29:... for users, 28:... for bots).</param>
/// <param name="Name">Display name.</param>
/// <param name="AadObjectId">The user's Entra object id; what tenant.yaml's <c>channel_ids: { teams: … }</c> holds.</param>
internal sealed record ChannelAccount(string? Id = null, string? Name = null, string? AadObjectId = null);
