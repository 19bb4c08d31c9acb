using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluation;

public sealed class CompositeEvaluatorTests
{
    [Fact]
    public async Task Merges_the_metrics_of_every_evaluator()
    {
        var composite = new CompositeEvaluator(new Evaluators.ReplyKindEvaluator(ReplyKind.Answer), new Evaluators.BrokenEvaluator());

        var result = await composite.EvaluateAsync(Evaluators.Conversation("explain it"), Evaluators.Answer("Segment X is ..."));

        Assert.Equal(["execution_accuracy", "reply_kind", "reply_kind_matches"], result.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(composite.EvaluationMetricNames.Order(StringComparer.Ordinal), result.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.True(result.Get<BooleanMetric>("reply_kind_matches").Value);
        Assert.Equal("Answer", result.Get<StringMetric>("reply_kind").Value);
    }

    [Fact]
    public async Task A_throwing_evaluator_fails_its_metrics_with_the_error_and_keeps_the_others()
    {
        var composite = new CompositeEvaluator(new Evaluators.BrokenEvaluator(), new Evaluators.ReplyKindEvaluator(ReplyKind.Answer));

        var result = await composite.EvaluateAsync(Evaluators.Conversation("explain it"), Evaluators.Answer("..."));

        var broken = result.Get<NumericMetric>("execution_accuracy");
        Assert.Null(broken.Value);
        Assert.True(broken.Interpretation!.Failed);
        Assert.Equal(EvaluationRating.Inconclusive, broken.Interpretation.Rating);
        Assert.True(broken.ContainsErrors);
        Assert.Contains("the warehouse is gone", Assert.Single(broken.Diagnostics).Message, StringComparison.Ordinal);
        Assert.True(result.Failed);
        Assert.False(result.Get<BooleanMetric>("reply_kind_matches").Interpretation!.Failed);
    }

    [Fact]
    public void Two_evaluators_producing_one_metric_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new CompositeEvaluator(new Evaluators.ReplyKindEvaluator(ReplyKind.Answer), new Evaluators.ReplyKindEvaluator(ReplyKind.Segment)));

        Assert.Contains("'reply_kind'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_not_turned_into_a_failed_metric()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var composite = new CompositeEvaluator(new CancellingEvaluator());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await composite.EvaluateAsync(Evaluators.Conversation("hi"), Evaluators.Answer("hello"), cancellationToken: cancelled.Token));
    }

    private sealed class CancellingEvaluator : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["latency"];

        public ValueTask<EvaluationResult> EvaluateAsync(
            IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> messages, AgentTurnResponse response, IReadOnlyList<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(new EvaluationResult(new NumericMetric("latency", response.Latency.TotalMilliseconds)));
        }
    }
}
