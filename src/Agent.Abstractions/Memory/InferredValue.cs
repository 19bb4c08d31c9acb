namespace SegmentAI.Skills.Memory;

/// <summary>A value the agent settled for an ambiguity slot, and how.</summary>
/// <param name="Slot">Slot key ("date_recency:recent").</param>
/// <param name="Value">The meaning chosen.</param>
/// <param name="ResolvedBy">session_answer, preference, tenant_default, inferred or answer.</param>
/// <param name="Confidence">How sure the agent was, 0–1.</param>
public sealed record InferredValue(string Slot, string Value, string ResolvedBy, double Confidence);
