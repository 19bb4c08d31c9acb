using SegmentAI.Skills.Statistics;

namespace SegmentAI.Skills.Tests.Statistics;

/// <summary>PostHog#13748's example: three users in day 0; one returns on day 1, one on day 5, one never.</summary>
public sealed class RetentionCurveTests
{
    private static readonly int[][] ThreeUsers = [[0, 1], [0, 5], [0]];

    [Fact]
    public void N_day_retention_counts_users_active_in_exactly_that_period()
    {
        var curve = RetentionCurve.From(ThreeUsers, 7, RetentionKind.NDay);

        Assert.Equal([3, 1, 0, 0, 0, 1, 0], curve.Retained);
        Assert.Equal([1, 1 / 3.0, 0, 0, 0, 1 / 3.0, 0], curve.Rates.Select(r => r.Rate), new Tolerance(1e-9));
    }

    [Fact]
    public void Unbounded_retention_counts_users_active_in_that_period_or_later()
    {
        var curve = RetentionCurve.From(ThreeUsers, 7, RetentionKind.Unbounded);

        Assert.Equal([3, 2, 1, 1, 1, 1, 0], curve.Retained);
        Assert.Equal([1, 2 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 1 / 3.0, 0], curve.Rates.Select(r => r.Rate), new Tolerance(1e-9));
    }

    [Fact]
    public void The_denominator_is_always_the_whole_cohort()
    {
        var curve = RetentionCurve.From(ThreeUsers, 7, RetentionKind.NDay);

        Assert.All(curve.Rates, r => Assert.Equal(3, r.Total));
        Assert.Equal(3, curve.Size);
    }

    [Fact]
    public void Activity_after_the_last_period_shown_does_not_count()
    {
        var curve = RetentionCurve.From([[0, 9]], 3, RetentionKind.Unbounded);

        Assert.Equal([1, 0, 0], curve.Retained);
    }

    [Fact]
    public void A_member_the_data_does_not_cover_that_far_leaves_the_later_denominators()
    {
        RetentionMember[] members = [new([0, 1, 2], 3), new([0, 1], 2)];

        var curve = RetentionCurve.From(members, 3, RetentionKind.NDay);

        Assert.Equal([2, 2, 1], curve.Eligible);
        Assert.Equal([2, 2, 1], curve.Retained);
        Assert.Equal([1.0, 1.0, 1.0], curve.Rates.Select(r => r.Rate));
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
