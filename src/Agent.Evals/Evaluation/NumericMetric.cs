namespace SegmentAI.Evals.Evaluation;

/// <summary>A metric with a number (a ratio, a count, milliseconds); null when it could not be computed.</summary>
public sealed class NumericMetric(string name, double? value = null, string? reason = null) : EvaluationMetric(name, reason)
{
    /// <summary>The value.</summary>
    public double? Value { get; set; } = value;
}
