using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Facet precision, recall and F1: the facets the segment uses against those the turn expects (from its conditions,
/// or its <c>facets</c> list). F1 below 1 fails the turn; precision and recall say which way it went wrong.
/// </summary>
internal sealed class FacetOverlapEvaluator : IEvaluator
{
    /// <summary>Share of the segment's facets that were expected.</summary>
    public const string PrecisionMetric = "facet_precision";

    /// <summary>Share of the expected facets the segment uses.</summary>
    public const string RecallMetric = "facet_recall";

    /// <summary>Harmonic mean of precision and recall.</summary>
    public const string F1Metric = "facet_f1";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [PrecisionMetric, RecallMetric, F1Metric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var expected = EvaluationContexts.Find<ExpectationContext>(additionalContext)?.Expectation.ExpectedFacets;
        if (expected is null)
        {
            return ValueTask.FromResult(new EvaluationResult(EvaluationMetricNames.Select(n => MetricVerdict.NotApplicable(new NumericMetric(n), "the turn names no facets"))));
        }

        var expectedSet = expected.ToHashSet(StringComparer.Ordinal);
        var actualSet = (response.Reply.Segment?.Conditions.Select(c => c.Facet) ?? []).ToHashSet(StringComparer.Ordinal);
        var common = actualSet.Count(expectedSet.Contains);
        var precision = actualSet.Count == 0 ? (expectedSet.Count == 0 ? 1.0 : 0.0) : (double)common / actualSet.Count;
        var recall = expectedSet.Count == 0 ? 1.0 : (double)common / expectedSet.Count;
        var f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
        var missing = expectedSet.Where(f => !actualSet.Contains(f)).Order(StringComparer.Ordinal).ToList();
        var extra = actualSet.Where(f => !expectedSet.Contains(f)).Order(StringComparer.Ordinal).ToList();
        var reason = missing.Count == 0 && extra.Count == 0
            ? $"uses exactly the expected facets ({string.Join(", ", expectedSet.Order(StringComparer.Ordinal))})"
            : $"missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]";
        return ValueTask.FromResult(new EvaluationResult(
            Verdict(new NumericMetric(PrecisionMetric, precision), reason),
            Verdict(new NumericMetric(RecallMetric, recall), reason),
            Verdict(new NumericMetric(F1Metric, f1), reason)));
    }

    private static NumericMetric Verdict(NumericMetric metric, string reason) =>
        metric.Value >= 1.0 ? MetricVerdict.Pass(metric, reason) : MetricVerdict.Fail(metric, reason);
}
