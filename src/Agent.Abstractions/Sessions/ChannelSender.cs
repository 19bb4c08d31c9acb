namespace SegmentAI.Skills.Sessions;

/// <summary>
/// Who sent a message as a chat channel knows them, before they are mapped to a tenant user: the admission pipeline's
/// identity step fills in <see cref="ChatRequest.TenantId"/> and <see cref="ChatRequest.UserId"/> from it, and its
/// duplicate step drops a delivery it has already taken.
/// </summary>
/// <param name="Workspace">The Teams (Entra) tenant id, the Slack team id, or our tenant id for the web.</param>
/// <param name="SenderId">The channel's id of the sender: Entra object id, Slack user id, or our user id for the web.</param>
/// <param name="DeliveryId">The channel's message or event id; null when the channel has none.</param>
public sealed record ChannelSender(string Workspace, string SenderId, string? DeliveryId = null);
