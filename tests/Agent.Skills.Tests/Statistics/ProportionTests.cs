using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Statistics;

/// <summary>Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3 (Wilson score).</summary>
public sealed class ProportionTests
{
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void The_Wilson_interval_matches_the_published_values(int successes, int total, double low, double high)
    {
        var interval = new Proportion(successes, total).Wilson();

        Assert.Equal(low, interval.Low, 0.00005);
        Assert.Equal(high, interval.High, 0.00005);
    }

    [Fact]
    public void An_empty_group_says_nothing_about_its_share()
    {
        Assert.Equal(new Interval(0, 1), new Proportion(0, 0).Wilson());
    }
}
