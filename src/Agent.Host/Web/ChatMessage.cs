namespace SegmentAI.Host.Web;

/// <summary>
/// Body of <c>POST /api/chat</c>. Every field is optional to the parser so a missing one is reported by name,
/// the same way as the other validation problems.
/// </summary>
/// <param name="Tenant">Tenant id.</param>
/// <param name="User">Who wrote the message; must be enrolled in the tenant (the web channel trusts no one else).</param>
/// <param name="Session">Session to continue; the engine starts one when absent.</param>
/// <param name="Text">What they wrote.</param>
/// <param name="AsOf">Date windows resolve against; the warehouse's as-of date when absent.</param>
/// <param name="MessageId">
/// The client's id for this message, like the <c>Idempotency-Key</c> header: a retry with the same id within 24 hours
/// gets the reply of the first without the turn being applied again.
/// </param>
internal sealed record ChatMessage(string? Tenant = null, string? User = null, string? Session = null, string? Text = null, DateOnly? AsOf = null, string? MessageId = null);
