using Microsoft.Extensions.AI;

namespace SegmentAI.Evals.Evaluation;

/// <summary>
/// Measures one agent response, in the shape of Microsoft.Extensions.AI.Evaluation's <c>IEvaluator</c>: the
/// conversation so far, the response to its last message and any extra context in; named metrics out.
/// </summary>
public interface IEvaluator
{
    /// <summary>Names of the metrics <see cref="EvaluateAsync"/> returns.</summary>
    IReadOnlyCollection<string> EvaluationMetricNames { get; }

    /// <summary>Evaluates <paramref name="response"/> to the last of <paramref name="messages"/>.</summary>
    ValueTask<EvaluationResult> EvaluateAsync(
        IReadOnlyList<ChatMessage> messages,
        AgentTurnResponse response,
        IReadOnlyList<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default);
}
