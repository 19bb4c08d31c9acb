using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Segments;

public sealed class FrequencyTests
{
    [Theory]
    [InlineData(2, FrequencyPeriod.Week, 28, 8)]
    [InlineData(2, FrequencyPeriod.Week, 30, 9)]
    [InlineData(1, FrequencyPeriod.Week, 90, 13)]
    [InlineData(1, FrequencyPeriod.Month, 90, 3)]
    [InlineData(3, FrequencyPeriod.Window, 365, 3)]
    public void At_least_k_per_period_requires_ceil_of_scaled_count(double count, FrequencyPeriod per, int days, long expected)
    {
        var frequency = new Frequency { Count = count, Per = per };

        Assert.Equal(expected, frequency.RequiredEvents(days));
    }

    [Fact]
    public void At_most_rounds_down()
    {
        var frequency = new Frequency { Comparison = FrequencyComparison.AtMost, Count = 2, Per = FrequencyPeriod.Week };

        Assert.Equal(8, frequency.RequiredEvents(30));
    }
}
