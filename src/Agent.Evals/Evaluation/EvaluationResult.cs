namespace SegmentAI.Evals.Evaluation;

/// <summary>The metrics one or more evaluators produced for one response, by name.</summary>
public sealed class EvaluationResult
{
    private readonly Dictionary<string, EvaluationMetric> _metrics = new(StringComparer.Ordinal);

    /// <summary>Creates a result holding <paramref name="metrics"/>; two metrics with one name are an error.</summary>
    public EvaluationResult(IEnumerable<EvaluationMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var metric in metrics)
        {
            Add(metric);
        }
    }

    /// <summary>Creates a result holding <paramref name="metrics"/>.</summary>
    public EvaluationResult(params EvaluationMetric[] metrics)
        : this((IEnumerable<EvaluationMetric>)metrics)
    {
    }

    /// <summary>The metrics by name.</summary>
    public IReadOnlyDictionary<string, EvaluationMetric> Metrics => _metrics;

    /// <summary>True when any metric's interpretation failed the case.</summary>
    public bool Failed => _metrics.Values.Any(m => m.Interpretation?.Failed == true);

    /// <summary>The metric named <paramref name="name"/> as <typeparamref name="TMetric"/>; throws when absent or of another kind.</summary>
    public TMetric Get<TMetric>(string name)
        where TMetric : EvaluationMetric =>
        TryGet<TMetric>(name, out var metric)
            ? metric
            : throw new KeyNotFoundException($"The evaluation result has no {typeof(TMetric).Name} named '{name}'; it has {string.Join(", ", _metrics.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>The metric named <paramref name="name"/> as <typeparamref name="TMetric"/>, if there is one.</summary>
    public bool TryGet<TMetric>(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TMetric? metric)
        where TMetric : EvaluationMetric
    {
        metric = _metrics.GetValueOrDefault(name) as TMetric;
        return metric is not null;
    }

    /// <summary>Adds a metric; a second metric with the same name is an error.</summary>
    public void Add(EvaluationMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (!_metrics.TryAdd(metric.Name, metric))
        {
            throw new ArgumentException($"Two metrics are named '{metric.Name}'; metric names must be unique within one result.", nameof(metric));
        }
    }
}
