namespace SegmentAI.Skills.Ambiguity;

/// <summary>A learned meaning a user gives to an ambiguous phrase, with how sure the agent is of it.</summary>
/// <param name="Kind">The ambiguity kind it answers (e.g. <c>high_value_threshold</c>).</param>
/// <param name="Option">The meaning.</param>
/// <param name="Confidence">0–1; one answer is moderate, repeated agreement raises it, contradiction lowers it.</param>
/// <param name="Source">Where it came from ("answered on 2026-11-01 in session s1").</param>
public sealed record UserPreference(string Kind, AmbiguityOption Option, double Confidence, string Source);
