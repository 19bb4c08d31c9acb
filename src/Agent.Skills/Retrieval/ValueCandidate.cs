namespace SegmentAI.Skills.Retrieval;

/// <summary>A catalog value of a facet that may be what a phrase means.</summary>
/// <param name="Value">The exact catalog value (what the SQL compares).</param>
/// <param name="Label">How it reads to people.</param>
/// <param name="Score">Confidence, 0..1.</param>
/// <param name="IsAcceptable">True when <paramref name="Score"/> reaches the acceptance threshold.</param>
/// <param name="MatchedText">The label or synonym the phrase matched, if any.</param>
public sealed record ValueCandidate(string Value, string Label, double Score, bool IsAcceptable, string? MatchedText);
