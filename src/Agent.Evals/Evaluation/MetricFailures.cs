using Microsoft.Extensions.AI.Evaluation;

namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// Whether a metric fails its case. Microsoft.Extensions.AI.Evaluation reports an evaluator that threw as metrics
/// with an error diagnostic and no interpretation, so an error counts as a failure here: a broken metric never passes.
/// </summary>
internal static class MetricFailures
{
    /// <summary>True when the interpretation failed the case or the metric carries an error diagnostic.</summary>
    public static bool Failed(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Interpretation?.Failed == true || metric.ContainsDiagnostics(d => d.Severity == EvaluationDiagnosticSeverity.Error);
    }

    /// <summary>Why the metric failed, in one line: the interpretation's reason, else the first error's first line.</summary>
    public static string? Reason(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Interpretation is { Failed: true } interpretation
            ? interpretation.Reason ?? metric.Reason
            : metric.Diagnostics?.FirstOrDefault(d => d.Severity == EvaluationDiagnosticSeverity.Error) is { } error
                ? FirstLine(error.Message)
                : metric.Interpretation?.Reason ?? metric.Reason;
    }

    /// <summary>True when any metric of <paramref name="result"/> fails its case.</summary>
    public static bool AnyFailed(this EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Metrics.Values.Any(Failed);
    }

    /// <summary>The first line of a diagnostic (the library records an exception with its stack trace).</summary>
    public static string FirstLine(string message) => (message ?? "").Split('\n', 2)[0].TrimEnd('\r');
}
