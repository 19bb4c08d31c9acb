namespace SegmentAI.Skills.Promotion;

/// <summary>The production turn a shadow replay re-ran: where it is in the interaction log, and what was asked.</summary>
/// <param name="SessionId">Conversation of the turn.</param>
/// <param name="Turn">Turn number in the session.</param>
/// <param name="Query">The message as the user sent it.</param>
public sealed record ReviewedTurn(string SessionId, int Turn, string Query);
