using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Tests;

/// <summary>Evaluates a reply the way the runner does: its text as the response, the reply itself as a context.</summary>
internal static class EvaluatorCalls
{
    public static ValueTask<EvaluationResult> EvaluateAsync(
        this IEvaluator evaluator, IEnumerable<ChatMessage> messages, AgentReplyContext reply, IEnumerable<EvaluationContext>? more = null, CancellationToken cancellationToken = default) =>
        evaluator.EvaluateAsync(messages, reply.Response, additionalContext: [reply, .. more ?? []], cancellationToken: cancellationToken);
}
