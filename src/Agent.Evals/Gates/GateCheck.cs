namespace SegmentAI.Evals.Gates;

/// <summary>The outcome of one of the three gates.</summary>
/// <param name="Name"><c>accuracy</c>, <c>regression</c> or <c>shadow</c>.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Details">What it measured, in a sentence.</param>
public sealed record GateCheck(string Name, GateStatus Status, string Details);
