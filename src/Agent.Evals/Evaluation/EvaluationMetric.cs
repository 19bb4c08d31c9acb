namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// One named measurement of a response, with its interpretation and diagnostics; <see cref="NumericMetric"/>,
/// <see cref="BooleanMetric"/> and <see cref="StringMetric"/> carry the value.
/// </summary>
public abstract class EvaluationMetric
{
    private readonly List<EvaluationDiagnostic> _diagnostics = [];

    /// <summary>Creates a metric named <paramref name="name"/>.</summary>
    protected EvaluationMetric(string name, string? reason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Reason = reason;
    }

    /// <summary>Name, unique within one evaluation result (e.g. <c>execution_accuracy</c>).</summary>
    public string Name { get; }

    /// <summary>How the value was arrived at.</summary>
    public string? Reason { get; set; }

    /// <summary>What the value means for the case; null until an evaluator interprets it.</summary>
    public EvaluationMetricInterpretation? Interpretation { get; set; }

    /// <summary>Notes on how the metric ran.</summary>
    public IReadOnlyList<EvaluationDiagnostic> Diagnostics => _diagnostics;

    /// <summary>True when any diagnostic is an error: the value cannot be trusted.</summary>
    public bool ContainsErrors => _diagnostics.Exists(d => d.Severity == EvaluationDiagnosticSeverity.Error);

    /// <summary>Adds a diagnostic.</summary>
    public void AddDiagnostic(EvaluationDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }
}
