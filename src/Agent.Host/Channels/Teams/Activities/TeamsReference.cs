namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>A tenant, team or channel in <c>channelData</c>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name, when Teams sends one.</param>
internal sealed record TeamsReference(string? Id = null, string? Name = null);
