using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluation;

/// <summary>Small evaluators for testing the framework itself: one reporting the reply kind, one that throws.</summary>
internal static class Evaluators
{
    public static AgentReplyContext Answer(string text) =>
        new(new ChatReply { Kind = ReplyKind.Answer, Text = text, SessionId = "s-1" }, TimeSpan.FromMilliseconds(12));

    public static IReadOnlyList<ChatMessage> Conversation(params string[] userTurns) =>
        [.. userTurns.Select(t => new ChatMessage(ChatRole.User, t))];

    internal sealed class ReplyKindEvaluator(ReplyKind expected) : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["reply_kind", "reply_kind_matches"];

        public ValueTask<EvaluationResult> EvaluateAsync(
            IEnumerable<ChatMessage> messages,
            ChatResponse modelResponse,
            ChatConfiguration? chatConfiguration = null,
            IEnumerable<EvaluationContext>? additionalContext = null,
            CancellationToken cancellationToken = default)
        {
            var response = AgentReplyContext.From(additionalContext);
            var matches = response.Reply.Kind == expected;
            var kind = new StringMetric("reply_kind", response.Reply.Kind.ToString());
            var match = new BooleanMetric("reply_kind_matches", matches)
            {
                Interpretation = new EvaluationMetricInterpretation(matches ? EvaluationRating.Exceptional : EvaluationRating.Unacceptable, !matches, $"expected {expected}"),
            };
            return ValueTask.FromResult(new EvaluationResult(kind, match));
        }
    }

    internal sealed class BrokenEvaluator : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["execution_accuracy"];

        public ValueTask<EvaluationResult> EvaluateAsync(
            IEnumerable<ChatMessage> messages,
            ChatResponse modelResponse,
            ChatConfiguration? chatConfiguration = null,
            IEnumerable<EvaluationContext>? additionalContext = null,
            CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the warehouse is gone");
    }
}
