namespace SegmentAI.Memory.Retention;

/// <summary>What one clean-up removed.</summary>
/// <param name="Turns">Query log turns past the retention limit.</param>
/// <param name="Sessions">Embedded sessions past their time to live.</param>
internal sealed record RetentionSweep(int Turns, int Sessions);
