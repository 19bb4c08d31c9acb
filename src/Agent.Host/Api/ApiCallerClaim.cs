namespace SegmentAI.Host.Api;

/// <summary>Who a request body says it is from (a chat message's <c>tenant</c> and <c>user</c>), to be checked against the caller's identity.</summary>
/// <param name="Tenant">The tenant the body names.</param>
/// <param name="User">The user the body names: an id, Teams object id or Slack id.</param>
internal sealed record ApiCallerClaim(string Tenant, string User);
