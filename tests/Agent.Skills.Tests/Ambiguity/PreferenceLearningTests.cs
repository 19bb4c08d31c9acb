using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Skills.Tests.Ambiguity;

public sealed class PreferenceLearningTests
{
    private static readonly AmbiguityOption SingleOrder200 = new("single_200", "more than $200 in a single transaction", "single_order_total>200");
    private static readonly AmbiguityOption Total1000 = new("total_1000", "more than $1,000 in total", "total_spend>1000");

    [Fact]
    public void One_answer_is_a_moderate_preference()
    {
        Assert.Equal(0.6, PreferenceLearning.First("high_value_threshold", SingleOrder200, "s1").Confidence);
    }

    [Fact]
    public void Agreeing_again_raises_confidence()
    {
        var first = PreferenceLearning.First("high_value_threshold", SingleOrder200, "s1");

        var second = PreferenceLearning.Update(first, SingleOrder200, "s2");

        Assert.Equal(0.8, second.Confidence, 6);
    }

    [Fact]
    public void A_contradicting_answer_lowers_confidence_then_replaces_the_preference()
    {
        var strong = PreferenceLearning.Update(PreferenceLearning.First("high_value_threshold", SingleOrder200, "s1"), SingleOrder200, "s2");

        var doubted = PreferenceLearning.Update(strong, Total1000, "s3");
        var replaced = PreferenceLearning.Update(doubted, Total1000, "s4");

        Assert.Equal(SingleOrder200, doubted.Option);
        Assert.Equal(0.5, doubted.Confidence, 6);
        Assert.Equal(Total1000, replaced.Option);
        Assert.Equal(PreferenceLearning.ReplacedConfidence, replaced.Confidence);
    }
}
