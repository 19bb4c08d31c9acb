namespace SegmentAI.Evals.Evaluation;

/// <summary>How serious a diagnostic is.</summary>
public enum EvaluationDiagnosticSeverity
{
    /// <summary>For information.</summary>
    Informational,

    /// <summary>The metric ran but something deserves a look.</summary>
    Warning,

    /// <summary>The metric could not be computed as intended.</summary>
    Error,
}
