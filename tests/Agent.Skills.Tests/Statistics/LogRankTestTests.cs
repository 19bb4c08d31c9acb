using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Statistics;

/// <summary>
/// R's <c>survdiff(Surv(time, status) ~ x, data = aml)</c> (Expected 10.69 and 7.31, Chisq 3.4, p 0.0653) and the
/// leukemia trial's log-rank statistic in Kleinbaum and Klein (O 9 and 21, E 19.25 and 10.75, 16.79).
/// </summary>
public sealed class LogRankTestTests
{
    [Fact]
    public void The_aml_groups_match_survdiff()
    {
        var result = LogRankTest.Compare([KaplanMeierTests.AmlMaintained, KaplanMeierTests.AmlNonmaintained]);

        Assert.Equal([7, 11], result.Observed);
        Assert.Equal(10.69, result.Expected[0], 0.005);
        Assert.Equal(7.31, result.Expected[1], 0.005);
        Assert.Equal(3.4, result.ChiSquare, 0.05);
        Assert.Equal(0.0653, result.PValue, 0.0005);
        Assert.Equal(1, result.DegreesOfFreedom);
    }

    [Fact]
    public void The_leukemia_arms_match_the_textbook_statistic()
    {
        var result = LogRankTest.Compare([KaplanMeierTests.LeukemiaTreated, KaplanMeierTests.LeukemiaPlacebo]);

        Assert.Equal([9, 21], result.Observed);
        Assert.Equal(19.25, result.Expected[0], 0.005);
        Assert.Equal(10.75, result.Expected[1], 0.005);
        Assert.Equal(16.79, result.ChiSquare, 0.005);
        Assert.True(result.PValue < 0.0001, $"p = {result.PValue}");
    }

    [Fact]
    public void Expected_events_add_up_to_observed_ones_and_identical_groups_do_not_differ()
    {
        var result = LogRankTest.Compare([KaplanMeierTests.AmlMaintained, KaplanMeierTests.AmlMaintained, KaplanMeierTests.AmlMaintained]);

        Assert.Equal(result.Observed.Sum(), result.Expected.Sum(), 1e-9);
        Assert.Equal(0, result.ChiSquare, 1e-9);
        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(1, result.PValue, 1e-9);
    }

    [Fact]
    public void One_group_cannot_be_compared()
    {
        Assert.Throws<ArgumentException>(() => LogRankTest.Compare([KaplanMeierTests.AmlMaintained]));
    }
}
