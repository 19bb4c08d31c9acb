namespace SegmentAI.Evals.Evaluation;

/// <summary>A metric that holds or not (schema valid, membership matches); null when it could not be computed.</summary>
public sealed class BooleanMetric(string name, bool? value = null, string? reason = null) : EvaluationMetric(name, reason)
{
    /// <summary>The value.</summary>
    public bool? Value { get; set; } = value;
}
