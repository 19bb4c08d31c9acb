using Microsoft.Extensions.AI.Evaluation;
using SegmentAI.Evals.Evaluation;
using SegmentAI.Skills.Chat;

namespace SegmentAI.Evals.Tests.Evaluation;

/// <summary>The library's composite evaluator as the eval gate uses it: merged metrics, and a broken metric never passing.</summary>
public sealed class CompositeEvaluatorTests
{
    [Fact]
    public async Task Merges_the_metrics_of_every_evaluator()
    {
        var composite = new CompositeEvaluator(new Evaluators.ReplyKindEvaluator(ReplyKind.Answer), new Evaluators.BrokenEvaluator());

        var result = await composite.EvaluateAsync(Evaluators.Conversation("explain it"), Evaluators.Answer("Segment X is ..."));

        Assert.Equal(["execution_accuracy", "reply_kind", "reply_kind_matches"], result.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.True(result.Get<BooleanMetric>("reply_kind_matches").Value);
        Assert.Equal("Answer", result.Get<StringMetric>("reply_kind").Value);
    }

    [Fact]
    public async Task A_throwing_evaluator_leaves_an_error_that_fails_its_metrics_and_keeps_the_others()
    {
        var composite = new CompositeEvaluator(new Evaluators.BrokenEvaluator(), new Evaluators.ReplyKindEvaluator(ReplyKind.Answer));

        var result = await composite.EvaluateAsync(Evaluators.Conversation("explain it"), Evaluators.Answer("..."));

        var broken = result.Metrics["execution_accuracy"];
        Assert.Null(broken.Interpretation);
        Assert.True(MetricFailures.Failed(broken));
        Assert.Equal("System.InvalidOperationException: the warehouse is gone", MetricFailures.Reason(broken));
        Assert.True(result.AnyFailed());
        Assert.False(MetricFailures.Failed(result.Metrics["reply_kind_matches"]));
    }

    [Fact]
    public void Two_evaluators_producing_one_metric_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new CompositeEvaluator(new Evaluators.ReplyKindEvaluator(ReplyKind.Answer), new Evaluators.ReplyKindEvaluator(ReplyKind.Segment)));

        Assert.Contains("'reply_kind'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_interpretation_fails_the_result_and_a_passed_one_does_not()
    {
        var passed = new BooleanMetric("schema_valid", true) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Exceptional) };
        var failed = new NumericMetric("grounding_ratio", 0.5) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Unacceptable, failed: true, "one condition was inferred") };

        Assert.False(new EvaluationResult(passed).AnyFailed());
        Assert.True(new EvaluationResult(passed, failed).AnyFailed());
        Assert.Equal("one condition was inferred", MetricFailures.Reason(failed));
    }

    [Fact]
    public void A_warning_alone_does_not_fail_a_metric()
    {
        var metric = new NumericMetric("relevance", 4) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Good) };
        metric.AddDiagnostics(EvaluationDiagnostic.Warning("the judge gave no 'groundedness: N' line"));

        Assert.False(MetricFailures.Failed(metric));
    }
}
