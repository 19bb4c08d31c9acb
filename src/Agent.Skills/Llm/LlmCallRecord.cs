namespace SegmentAI.Skills.Llm;

/// <summary>What one model call cost and how it ended (for the audit trail, metrics and evals).</summary>
/// <param name="Model">Model id.</param>
/// <param name="Tier">Tier it was chosen for.</param>
/// <param name="InputTokens">Prompt tokens reported by the endpoint (0 when not reported).</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="CachedInputTokens">Prompt tokens served from the endpoint's prompt cache.</param>
/// <param name="LatencyMs">Wall time of the call.</param>
/// <param name="CostUsd">Cost from the configured prices.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Error">What went wrong, when it did.</param>
internal sealed record LlmCallRecord(
    string Model,
    ModelTier Tier,
    long InputTokens,
    long OutputTokens,
    long CachedInputTokens,
    double LatencyMs,
    decimal CostUsd,
    LlmOutcome Outcome,
    string? Error);
