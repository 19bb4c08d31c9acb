using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Whether the agent asked exactly when it should: a question where the turn expects a clarification, none
/// elsewhere. Over a run these decisions give clarification precision and recall.
/// </summary>
internal sealed class ClarificationEvaluator : IEvaluator
{
    /// <summary>Asked if and only if a question was expected.</summary>
    public const string DecisionMetric = "clarification_decision";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [DecisionMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var metric = new BooleanMetric(DecisionMetric);
        if (EvaluationContexts.Find<ExpectationContext>(additionalContext)?.Expectation is not { } expect)
        {
            return Result(MetricVerdict.NotApplicable(metric, "no expectation was given for this turn"));
        }

        var expected = expect.Kind == ReplyKind.Clarification;
        var asked = response.Reply.Kind == ReplyKind.Clarification;
        metric.Value = expected == asked;
        return Result((expected, asked) switch
        {
            (true, true) => MetricVerdict.Pass(metric, "asked, as expected"),
            (false, false) => MetricVerdict.Pass(metric, "did not ask, as expected"),
            (true, false) => MetricVerdict.Fail(metric, "a question was expected but the agent did not ask"),
            (false, true) => MetricVerdict.Fail(metric, $"asked about {response.Reply.Clarification?.Slot} where no question was expected"),
        });
    }

    private static ValueTask<EvaluationResult> Result(EvaluationMetric metric) => ValueTask.FromResult(new EvaluationResult(metric));
}
