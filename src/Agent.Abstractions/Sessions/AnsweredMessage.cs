namespace SegmentAI.Skills.Sessions;

/// <summary>A message the session answered that came with a client id (an idempotency key), and the reply it got.</summary>
/// <param name="MessageId">The client's id for the message.</param>
/// <param name="Turn">The number the message got in the session.</param>
/// <param name="ReplyJson">The reply, as <c>ChatJson.SerializeLine</c> wrote it (without its audit trail).</param>
public sealed record AnsweredMessage(string MessageId, int Turn, string ReplyJson);
