using SegmentAI.Skills.Behaviour;

namespace SegmentAI.Skills.Tests.Behaviour;

public sealed class RobustScalerTests
{
    [Fact]
    public void Features_are_centred_on_the_median_and_divided_by_the_interquartile_range()
    {
        double[][] rows = [[1], [2], [3], [4], [100]];

        var scaler = RobustScaler.Fit(rows);

        Assert.Equal(3, scaler.Centre[0]);
        Assert.Equal(2, scaler.Scale[0]);
        Assert.Equal([-1.0], scaler.Transform([1]));
    }

    [Fact]
    public void A_feature_that_never_varies_is_left_unscaled()
    {
        var scaler = RobustScaler.Fit([[5.0], [5.0], [5.0]]);

        Assert.Equal(1, scaler.Scale[0]);
    }
}
