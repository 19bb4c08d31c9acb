using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Contexts;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Evaluators;

/// <summary>
/// Duplicate questions: a clarification about a slot already asked earlier in the same case fails (the engine
/// promises never to ask the same slot twice in a session). The mean over a run's questions is the duplicate rate.
/// </summary>
internal sealed class DuplicateQuestionEvaluator : IEvaluator
{
    /// <summary>True when this question repeats an earlier one.</summary>
    public const string DuplicateMetric = "duplicate_question";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [DuplicateMetric];

    /// <inheritdoc />
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var response = AgentReplyContext.From(additionalContext);
        var metric = new BooleanMetric(DuplicateMetric);
        if (response.Reply.Clarification?.Slot is not { } slot)
        {
            return Result(MetricVerdict.NotApplicable(metric, "the reply asks nothing"));
        }

        var earlier = EvaluationContexts.Find<ConversationHistoryContext>(additionalContext)?.EarlierReplies ?? [];
        var repeated = earlier.Any(r => r.Clarification?.Slot == slot);
        metric.Value = repeated;
        return Result(repeated
            ? MetricVerdict.Fail(metric, $"asked about {slot} again")
            : MetricVerdict.Pass(metric, $"first question about {slot}"));
    }

    private static ValueTask<EvaluationResult> Result(EvaluationMetric metric) => ValueTask.FromResult(new EvaluationResult(metric));
}
