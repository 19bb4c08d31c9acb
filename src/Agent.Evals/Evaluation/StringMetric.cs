namespace SegmentAI.Evals.Evaluation;

/// <summary>A metric whose value is a word or label (the clarification slot asked, a refusal category).</summary>
public sealed class StringMetric(string name, string? value = null, string? reason = null) : EvaluationMetric(name, reason)
{
    /// <summary>The value.</summary>
    public string? Value { get; set; } = value;
}
