using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>Checks a segment reply holds exactly the expected conditions (and logic), as <see cref="ConditionMatcher"/> defines it.</summary>
internal sealed class ConditionMatchEvaluator : IEvaluator
{
    /// <summary>The segment holds exactly the expected conditions.</summary>
    public const string ConditionsMetric = "conditions_match";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [ConditionsMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var expected = EvaluationContexts.Find<ExpectationContext>(additionalContext)?.Expectation.Conditions;
        var tenant = EvaluationContexts.Find<TenantContext>(additionalContext)?.Tenant;
        var metric = new BooleanMetric(ConditionsMetric);
        if (expected is null)
        {
            return Result(MetricVerdict.NotApplicable(metric, "the turn does not list the segment's conditions"));
        }

        if (tenant is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error("no tenant context: pass a TenantContext so count facets can be recognised"));
            return Result(MetricVerdict.Fail(metric, "cannot match conditions without the tenant"));
        }

        if (response.Reply.Segment is not { } segment)
        {
            metric.Value = false;
            return Result(MetricVerdict.Fail(metric, "no segment in the reply"));
        }

        var mismatch = ConditionMatcher.Mismatch(segment, expected, EvaluationContexts.Find<ExpectationContext>(additionalContext)!.Expectation.Logic, tenant);
        metric.Value = mismatch is null;
        return Result(mismatch is null
            ? MetricVerdict.Pass(metric, $"all {expected.Count} expected condition(s) and no others")
            : MetricVerdict.Fail(metric, mismatch));
    }

    private static ValueTask<EvaluationResult> Result(EvaluationMetric metric) => ValueTask.FromResult(new EvaluationResult(metric));
}
