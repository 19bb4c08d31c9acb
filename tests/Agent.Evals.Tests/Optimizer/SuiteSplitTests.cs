using SegmentAI.Evals.Optimizer;

namespace SegmentAI.Evals.Tests.Optimizer;

public sealed class SuiteSplitTests
{
    [Fact]
    public void The_same_seed_gives_the_same_parts_and_roughly_sixty_twenty_twenty()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"case-{i}").ToList();

        var first = ids.Select(id => SuiteSplit.Of(id, 17)).ToList();
        var again = ids.Select(id => SuiteSplit.Of(id, 17)).ToList();
        var otherSeed = ids.Select(id => SuiteSplit.Of(id, 18)).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
        Assert.InRange(first.Count(p => p == SuitePart.Train), 550, 650);
        Assert.InRange(first.Count(p => p == SuitePart.Validation), 160, 240);
        Assert.InRange(first.Count(p => p == SuitePart.Holdout), 160, 240);
    }
}
