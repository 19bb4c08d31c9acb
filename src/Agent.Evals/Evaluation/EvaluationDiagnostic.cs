namespace SegmentAI.Evals.Evaluation;

/// <summary>A note attached to a metric: why it could not run, or what was odd about its input.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What happened and, for errors, what to do.</param>
public sealed record EvaluationDiagnostic(EvaluationDiagnosticSeverity Severity, string Message)
{
    /// <summary>An error diagnostic.</summary>
    public static EvaluationDiagnostic Error(string message) => new(EvaluationDiagnosticSeverity.Error, message);

    /// <summary>A warning diagnostic.</summary>
    public static EvaluationDiagnostic Warning(string message) => new(EvaluationDiagnosticSeverity.Warning, message);

    /// <summary>An informational diagnostic.</summary>
    public static EvaluationDiagnostic Informational(string message) => new(EvaluationDiagnosticSeverity.Informational, message);
}
