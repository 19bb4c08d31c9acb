using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Evals.Evaluators;

/// <summary>Grounding ratio: the share of a segment's conditions retrieved from the catalog rather than inferred; below 1 fails.</summary>
public sealed class GroundingEvaluator : IEvaluator
{
    /// <summary>Share of conditions with <see cref="Grounding.Retrieved"/>.</summary>
    public const string GroundingRatioMetric = "grounding_ratio";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [GroundingRatioMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var metric = new NumericMetric(GroundingRatioMetric);
        if (response.Reply.Segment is not { Conditions.Count: > 0 } segment)
        {
            return ValueTask.FromResult(new EvaluationResult(MetricVerdict.NotApplicable(metric, "the reply shows no segment conditions")));
        }

        var inferred = segment.Conditions.Where(c => c.Grounding != Grounding.Retrieved).Select(c => c.Facet).ToList();
        metric.Value = (double)(segment.Conditions.Count - inferred.Count) / segment.Conditions.Count;
        return ValueTask.FromResult(new EvaluationResult(inferred.Count == 0
            ? MetricVerdict.Pass(metric, $"all {segment.Conditions.Count} condition(s) retrieved from the catalog")
            : MetricVerdict.Fail(metric, $"{inferred.Count} of {segment.Conditions.Count} condition(s) inferred: {string.Join(", ", inferred)}")));
    }
}
