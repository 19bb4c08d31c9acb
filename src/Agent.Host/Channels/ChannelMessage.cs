using SegmentAI.Host.Admission;

namespace SegmentAI.Host.Channels;

/// <summary>
/// One message as a channel adapter normalizes it, before the sender is mapped to a tenant user: the same shape for
/// the web widget, Teams and Slack.
/// </summary>
/// <param name="Channel">web, teams or slack (<see cref="ChannelNames"/>).</param>
/// <param name="Workspace">Where it came from: the Teams (Entra) tenant id, the Slack team id, or our tenant id for the web.</param>
/// <param name="SenderId">The channel's id of the sender: AAD object id, Slack user id, or our user id for the web.</param>
/// <param name="SessionId">Conversation to continue (see <see cref="ChannelSessions"/>); the engine starts one when null.</param>
/// <param name="Text">What they wrote, with channel markup such as the bot's own mention already removed.</param>
/// <param name="DeliveryId">The channel's message or event id, for dropping duplicate deliveries; null when the channel has none.</param>
/// <param name="AsOf">Date windows resolve against; the warehouse's as-of date when null.</param>
internal sealed record ChannelMessage(
    string Channel,
    string Workspace,
    string SenderId,
    string? SessionId,
    string Text,
    string? DeliveryId = null,
    DateOnly? AsOf = null);
