namespace SegmentAI.LoadTest;

/// <summary>What happened to one message: when it was sent, how long the reply took, and whether it was right.</summary>
internal sealed record TurnResult(TimeSpan SentAt, double LatencyMs, TurnVerdict Verdict, string Session, int Turn);
