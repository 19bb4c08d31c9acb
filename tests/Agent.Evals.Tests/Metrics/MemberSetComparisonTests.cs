using SegmentAI.Evals.Metrics;

namespace SegmentAI.Evals.Tests.Metrics;

public sealed class MemberSetComparisonTests
{
    [Fact]
    public void Same_members_in_any_order_match_exactly()
    {
        var comparison = MemberSetComparison.Compare(["3", "1", "2"], ["1", "2", "3", "3"]);

        Assert.True(comparison.ExactMatch);
        Assert.Equal(1.0, comparison.Jaccard);
    }

    [Fact]
    public void Partial_overlap_reports_jaccard_and_samples_of_the_differences()
    {
        var comparison = MemberSetComparison.Compare(["1", "2", "3", "4"], ["3", "4", "5"]);

        Assert.False(comparison.ExactMatch);
        Assert.Equal(2.0 / 5.0, comparison.Jaccard, 6);
        Assert.Equal(["1", "2"], comparison.MissingSample);
        Assert.Equal(["5"], comparison.ExtraSample);
        Assert.Contains("expected 4, got 3, 2 in common", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_empty_segments_are_identical()
    {
        var comparison = MemberSetComparison.Compare([], []);

        Assert.True(comparison.ExactMatch);
        Assert.Equal(1.0, comparison.Jaccard);
    }
}
