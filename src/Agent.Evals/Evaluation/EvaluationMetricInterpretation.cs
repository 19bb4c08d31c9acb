namespace SegmentAI.Evals.Evaluation;

/// <summary>What a metric's value means for the case.</summary>
/// <param name="Rating">How good the value is.</param>
/// <param name="Failed">True when the value fails the case.</param>
/// <param name="Reason">Why, in words a reviewer reads in the report.</param>
public sealed record EvaluationMetricInterpretation(EvaluationRating Rating = EvaluationRating.Unknown, bool Failed = false, string? Reason = null);
