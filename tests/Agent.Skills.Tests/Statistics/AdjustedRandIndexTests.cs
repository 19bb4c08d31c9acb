using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Statistics;

/// <summary>The examples of scikit-learn's user guide for <c>adjusted_rand_score</c>.</summary>
public sealed class AdjustedRandIndexTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 1, 1, 1 }, new[] { 0, 0, 1, 1, 2, 2 }, 0.24242424242424246)]
    [InlineData(new[] { 0, 0, 0, 1, 1, 1 }, new[] { 1, 1, 0, 0, 3, 3 }, 0.24242424242424246)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 0, 1, 2 }, 0.5714285714285715)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 1, 1, 0, 0 }, 1.0)]
    [InlineData(new[] { 0, 0, 0, 0 }, new[] { 0, 1, 2, 3 }, 0.0)]
    [InlineData(new[] { 0, 0, 1, 1 }, new[] { 0, 1, 0, 1 }, -0.5)]
    public void The_index_matches_the_published_examples(int[] first, int[] second, double expected)
    {
        Assert.Equal(expected, AdjustedRandIndex.Between(first, second), 1e-12);
    }

    [Fact]
    public void Labels_of_different_kinds_are_compared_by_grouping_only()
    {
        Assert.Equal(1.0, AdjustedRandIndex.Between(["ghost", "ghost", "closer"], [2, 2, 7]), 1e-12);
    }

    [Fact]
    public void Labelings_of_different_items_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AdjustedRandIndex.Between([1, 2], [1]));
    }
}
