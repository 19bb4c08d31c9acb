namespace SegmentAI.Host.Channels.Teams.Activities;

/// <summary>An entity of an activity; mentions are the ones the channel reads.</summary>
/// <param name="Type">"mention", "clientInfo", ...</param>
/// <param name="Mentioned">Who a mention names.</param>
/// <param name="Text">The mention's markup in the activity text, e.g. <c>&lt;at&gt;SegmentAI&lt;/at&gt;</c>.</param>
internal sealed record ActivityEntity(string? Type = null, ChannelAccount? Mentioned = null, string? Text = null);
