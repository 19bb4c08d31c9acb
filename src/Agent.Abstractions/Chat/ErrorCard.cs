namespace SegmentAI.Skills.Chat;

/// <summary>
/// Why a message got an error reply instead of an answer, for the channel that delivers it: every channel shows the
/// reply's text, and the card tells a client what kind of problem it was (the web API answers a limit with 429).
/// </summary>
/// <param name="Code"><c>failed</c>, <c>memory_unavailable</c>, <c>rate_limited</c> or <c>duplicate_delivery</c> (<see cref="ErrorCodes"/>).</param>
/// <param name="TraceId">The id an admin finds the failure by in logs and traces, when there was a failure.</param>
/// <param name="RetryAfterSeconds">How long to wait before sending again, for a limit.</param>
public sealed record ErrorCard(string Code, string? TraceId = null, int? RetryAfterSeconds = null);
