namespace SegmentAI.LoadTest;

/// <summary>
/// What happened to one message: when it was sent, how long the reply took, whether it was right, which host gave
/// the reply (-1 when none did) and how many times it was sent (a retry goes to the next host with the same key).
/// </summary>
internal sealed record TurnResult(TimeSpan SentAt, double LatencyMs, TurnVerdict Verdict, string Session, int Turn, int Host = 0, int Attempts = 1);
