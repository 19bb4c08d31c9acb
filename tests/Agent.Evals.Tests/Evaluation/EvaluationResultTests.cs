using SegmentAI.Evals.Evaluation;

namespace SegmentAI.Evals.Tests.Evaluation;

public sealed class EvaluationResultTests
{
    [Fact]
    public void A_result_is_failed_when_any_metric_interpretation_failed()
    {
        var passed = new BooleanMetric("schema_valid", true) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Exceptional) };
        var failed = new NumericMetric("grounding_ratio", 0.5) { Interpretation = new EvaluationMetricInterpretation(EvaluationRating.Unacceptable, Failed: true, "one condition was inferred") };

        Assert.False(new EvaluationResult(passed).Failed);
        Assert.True(new EvaluationResult(passed, failed).Failed);
    }

    [Fact]
    public void Get_names_the_metrics_there_are_when_one_is_missing_or_of_another_kind()
    {
        var result = new EvaluationResult(new NumericMetric("jaccard", 0.8), new BooleanMetric("schema_valid", true));

        var missing = Assert.Throws<KeyNotFoundException>(() => result.Get<NumericMetric>("f1"));
        var wrongKind = Assert.Throws<KeyNotFoundException>(() => result.Get<BooleanMetric>("jaccard"));

        Assert.Contains("jaccard, schema_valid", missing.Message, StringComparison.Ordinal);
        Assert.Contains("no BooleanMetric named 'jaccard'", wrongKind.Message, StringComparison.Ordinal);
        Assert.Equal(0.8, result.Get<NumericMetric>("jaccard").Value);
    }

    [Fact]
    public void Two_metrics_with_one_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new EvaluationResult(new NumericMetric("f1", 1), new NumericMetric("f1", 0)));

        Assert.Contains("'f1'", error.Message, StringComparison.Ordinal);
    }
}
