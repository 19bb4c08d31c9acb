namespace SegmentAI.Skills.Perception;

/// <summary>A message as a channel delivers it.</summary>
/// <param name="TenantId">The tenant the message is for.</param>
/// <param name="UserId">User id, Teams AAD object id or Slack user id of the sender.</param>
/// <param name="SessionId">The conversation it belongs to.</param>
/// <param name="Text">The raw text, with the channel's markup.</param>
/// <param name="Channel">teams, slack, web or cli.</param>
/// <param name="TrustUnknownUsers">True for trusted local tools (the CLI), where a user enrolled nowhere gets the tenant's default role.</param>
internal sealed record InboundMessage(string TenantId, string UserId, string SessionId, string Text, string Channel, bool TrustUnknownUsers);
