using Microsoft.Extensions.AI;

namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// Runs several evaluators on the same response concurrently and merges their metrics. An evaluator that throws
/// does not lose the others' metrics: each metric it declares comes back without a value, failed, with the
/// exception as an error diagnostic, so a broken metric can never pass a case.
/// </summary>
public sealed class CompositeEvaluator : IEvaluator
{
    private readonly IReadOnlyList<IEvaluator> _evaluators;

    /// <summary>Combines <paramref name="evaluators"/>; two of them declaring the same metric name is an error.</summary>
    public CompositeEvaluator(IEnumerable<IEvaluator> evaluators)
    {
        ArgumentNullException.ThrowIfNull(evaluators);
        _evaluators = [.. evaluators];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _evaluators.SelectMany(e => e.EvaluationMetricNames))
        {
            if (!names.Add(name))
            {
                throw new ArgumentException($"Two evaluators both produce the metric '{name}'; metric names must be unique across a composite.", nameof(evaluators));
            }
        }

        EvaluationMetricNames = names;
    }

    /// <summary>Combines <paramref name="evaluators"/>.</summary>
    public CompositeEvaluator(params IEvaluator[] evaluators)
        : this((IEnumerable<IEvaluator>)evaluators)
    {
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; }

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IReadOnlyList<ChatMessage> messages,
        AgentTurnResponse response,
        IReadOnlyList<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(response);
        var results = await Task.WhenAll(_evaluators.Select(e => RunAsync(e, messages, response, additionalContext, cancellationToken))).ConfigureAwait(false);
        return new EvaluationResult(results.SelectMany(r => r.Metrics.Values));
    }

    private static async Task<EvaluationResult> RunAsync(
        IEvaluator evaluator,
        IReadOnlyList<ChatMessage> messages,
        AgentTurnResponse response,
        IReadOnlyList<EvaluationContext>? additionalContext,
        CancellationToken cancellationToken)
    {
        try
        {
            return await evaluator.EvaluateAsync(messages, response, additionalContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var evaluatorName = evaluator.GetType().Name;
            return new EvaluationResult(evaluator.EvaluationMetricNames.Select(name =>
            {
                var metric = new NumericMetric(name)
                {
                    Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Inconclusive, Failed: true, $"{evaluatorName} failed, so '{name}' has no value."),
                };
                metric.AddDiagnostic(EvaluationDiagnostic.Error($"{evaluatorName} threw {ex.GetType().Name}: {ex.Message}"));
                return metric;
            }));
        }
    }
}
