using Microsoft.Extensions.AI.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>Interprets a metric the three ways the deterministic evaluators need: passed, failed, or not applicable.</summary>
internal static class MetricVerdict
{
    /// <summary>Marks <paramref name="metric"/> as passing.</summary>
    public static TMetric Pass<TMetric>(TMetric metric, string reason, EvaluationRating rating = EvaluationRating.Exceptional)
        where TMetric : EvaluationMetric
    {
        ArgumentNullException.ThrowIfNull(metric);
        metric.Reason = reason;
        metric.Interpretation = new EvaluationMetricInterpretation(rating, failed: false, reason);
        return metric;
    }

    /// <summary>Marks <paramref name="metric"/> as failing the case.</summary>
    public static TMetric Fail<TMetric>(TMetric metric, string reason)
        where TMetric : EvaluationMetric
    {
        ArgumentNullException.ThrowIfNull(metric);
        metric.Reason = reason;
        metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Unacceptable, failed: true, reason);
        return metric;
    }

    /// <summary>Marks <paramref name="metric"/> as not applying to this turn: no value, neither passed nor failed.</summary>
    public static TMetric NotApplicable<TMetric>(TMetric metric, string reason)
        where TMetric : EvaluationMetric
    {
        ArgumentNullException.ThrowIfNull(metric);
        metric.Reason = reason;
        metric.Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, failed: false, reason);
        return metric;
    }

    /// <summary>True when the metric says it did not apply (inconclusive and not failed).</summary>
    public static bool IsNotApplicable(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Interpretation is { Rating: EvaluationRating.Inconclusive, Failed: false };
    }
}
