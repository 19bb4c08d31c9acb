namespace SegmentAI.Skills.Sessions;

/// <summary>One incoming chat message, from any channel.</summary>
/// <param name="TenantId">Tenant the conversation belongs to.</param>
/// <param name="UserId">Who wrote it.</param>
/// <param name="SessionId">Conversation id; a new one is started when null.</param>
/// <param name="Text">What they wrote, as received.</param>
/// <param name="Channel">cli, web, teams, slack, api, eval.</param>
/// <param name="TrustUnknownUsers">True for trusted local tools (the CLI): unknown users get the tenant's default role.</param>
/// <param name="AsOf">Date windows resolve against; the warehouse's as-of date when null.</param>
/// <param name="Warehouse">DuckDB file to use instead of the tenant's configured warehouse.</param>
/// <param name="EstimateSize">False to reply without counting the segment (a channel may size it afterwards).</param>
/// <param name="MessageId">
/// The client's id for the message (an idempotency key): a message whose id the session has already answered gets
/// that reply again without being applied twice.
/// </param>
/// <param name="Sender">
/// The sender as a chat channel knows them (Teams, Slack): the admission pipeline maps them to
/// <paramref name="TenantId"/> and <paramref name="UserId"/>, which are empty until then. Null when the caller already
/// names a tenant user (the web API, the command line, evals).
/// </param>
public sealed record ChatRequest(
    string TenantId,
    string UserId,
    string? SessionId,
    string Text,
    string Channel = "api",
    bool TrustUnknownUsers = false,
    DateOnly? AsOf = null,
    string? Warehouse = null,
    bool EstimateSize = true,
    string? MessageId = null,
    ChannelSender? Sender = null);
