namespace SegmentAI.Skills.Behaviour;

/// <summary>How long one phase of a persona analysis took.</summary>
/// <param name="Phase">What was done ("feature query", "k selection", …).</param>
/// <param name="Elapsed">Wall-clock time it took.</param>
public sealed record PersonaAnalysisPhase(string Phase, TimeSpan Elapsed);
